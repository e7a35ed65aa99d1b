// Refiner on a list of names: "各" in front of a list of kinds of body ("各区、县级市", "各有关区、县级市")
// covers every kind in the 、-run, not only the first. The kinds that follow become generic actors of their own
// (各县级市), never a department.

import type { ListItem } from './list-level-prefix';

// the addressees of a national or provincial document: 各省、自治区、直辖市人民政府, 各地级以上市、计划单列市
const KIND = /^(?:县级市|县|市|区|旗|镇|乡|乡镇|街道|县区|区县|市州|开发区|园区|功能区|县（市、区）|市（州）|镇（街道）|乡（镇）|自治区|直辖市|计划单列市|地级市|地级以上市|自治州|盟)(?:人民政府|政府|管委会|办事处)?$/;

export function carryEach(items: ListItem[]): string[] {
  let each = false;
  return items.map((item) => {
    if (item.after !== '、') each = false;
    if (item.name.startsWith('各')) {
      each = true;
      return item.name;
    }
    if (each && KIND.test(item.name)) return `各${item.name}`;
    each = false;
    return item.name;
  });
}
