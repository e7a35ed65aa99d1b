// Refiner on a list of names: "各" in front of a list of kinds of body ("各区、县级市", "各有关区、县级市")
// covers every kind in the 、-run, not only the first. The kinds that follow become generic actors of their own
// (各县级市), never a department.

import type { ListItem } from './list-level-prefix';

// the addressees of a national or provincial document: 各省、自治区、直辖市人民政府, 各地级以上市、计划单列市
const KIND = /^(?:县级市|县|市|区|旗|镇|乡|乡镇|街道|县区|区县|市州|开发区|园区|功能区|县（市、区）|市（州）|镇（街道）|乡（镇）|自治区|直辖市|计划单列市|地级市|地级以上市|自治州|盟)(?:人民政府|政府|管委会|办事处)?$/;

// 各区消防救援部门、商务部门、应急部门: after a 各 naming a kind of department, the kinds that follow are the same
// level's departments of those kinds (各区商务部门), never one body
const DEPARTMENT_KIND = /^[\u4e00-\u9fa5]{2,10}部门$/;

// each-place-bureau: after a 各 naming a place's own bureau (各区民政局、消防救援局, 沪民养老发〔2024〕11号), the bureaus that
// follow bare, with no level of their own, are each such place's too (各区消防救援局), never one body
const PLACE_BUREAU = /^各(?:区|县|市|县（市、区）|区县)[\u4e00-\u9fa5]{2,10}(?:局|委员会|委|办)$/;
const BARE_BUREAU = /^[\u4e00-\u9fa5]{2,10}(?:局|委员会|委|办)$/;

// unit-kind: after a 各 naming a ministry's or a bureau's own units (各有关司局、派出机构; 各处室、直属单位), the kinds of
// unit that follow are every unit of that kind (各派出机构), never one body
const UNIT_KIND = /^(?:有关|相关)?(?:派出机构|直属(?:有关)?单位|直属机构|直属事业单位|事业单位|下属单位|所属单位)$/;

// related-kinds: 相关 or 有关 before a kind of government covers the kinds after it in its 、-run as 各 does
// (「相关市、县政府」: the cities' and the counties' governments concerned, generic), never one 县政府.
const RELATED_KIND = /^(相关|有关)(.+)$/;

export function carryEach(items: ListItem[]): string[] {
  let each = false;
  let word = '各';
  let eachPlace = '';
  let ofDepartments = false;
  let ofBureaus = false;
  return items.map((item) => {
    if (item.after !== '、') each = false;
    const related = RELATED_KIND.exec(item.name);
    if (related && KIND.test(related[2])) {
      each = true;
      word = related[1];
      ofDepartments = false;
      ofBureaus = false;
      return item.name;
    }
    if (item.name.startsWith('各')) {
      each = true;
      word = '各';
      ofDepartments = DEPARTMENT_KIND.test(item.name);
      ofBureaus = PLACE_BUREAU.test(item.name);
      eachPlace = /^各(区|县|市|镇|乡|街道|县（市、区）)/.exec(item.name)?.[1] ?? '';
      return item.name;
    }
    if (each && KIND.test(item.name)) return `${word}${item.name}`;
    if (each && UNIT_KIND.test(item.name)) return `各${item.name}`;
    // the place's departments or bureaus of a kind, written bare after it: each such place's too
    const placeKind = ofDepartments ? DEPARTMENT_KIND : ofBureaus ? BARE_BUREAU : null;
    if (each && placeKind?.test(item.name) && !/^[省市区县州旗镇乡]/.test(item.name)) return `各${eachPlace}${item.name}`;
    each = false;
    return item.name;
  });
}
