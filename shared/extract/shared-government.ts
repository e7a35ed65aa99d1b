// Refiner on a list of names.
//
// shared-government: places named in a 、-run before a government written in full share its 人民政府 (「马尾区、闽侯县
// 人民政府」 are 马尾区人民政府 and 闽侯县人民政府): the word is written once for the run, as a level is. A place alone,
// with no government after it in its run, is left as written, and so are 各 and the kinds of a level (县, 区).

import type { ListItem } from './list-level-prefix';

// a named place of a level: two characters or more before the level (马尾区, 闽侯县, 城关镇), not a kind of place
const PLACE = /^(?!各|全|本|市区|城区|县区|区县)[\u4e00-\u9fa5]{2,8}(?:省|市|区|县|旗|镇|乡|街道)$/;
const GOVERNMENT = /^(?!各)[\u4e00-\u9fa5]{2,8}(?:省|市|区|县|旗|镇|乡)(人民政府|政府)$/;

/** Whether a name may take the 人民政府 of a government written after it in its run (a named place). */
export function mayShareGovernment(name: string): boolean {
  return PLACE.test(name);
}

// shared-level-government: where the government after the run writes its level too (「哈尔滨、黑河、绥芬河市政府」, 黑龙江省
// 稳增长措施), the bare places before it (哈尔滨, 黑河: no level, no body's ending) share level and government alike:
// 哈尔滨市政府, 黑河市政府. A name ending as a body does (铁路办, 农垦总局) is never a place.
const LEVELLED_GOVERNMENT = /^(?!各)[\u4e00-\u9fa5]{2,8}((?:市|县|区|旗)(?:人民政府|政府))$/;
const BARE_PLACE = /^(?!各|全|本|相关|有关|其他)[\u4e00-\u9fa5]{2,4}$/;
const BODY_END = /(?:省|市|区|县|旗|镇|乡|局|委|办|厅|院|会|中心|部|处|室|所|站|队|行|社|司|团|组|馆|府|署|联|协)$/;
const isBarePlace = (name: string) => BARE_PLACE.test(name) && !BODY_END.test(name);

export function carrySharedGovernment(items: ListItem[]): string[] {
  const out = items.map((x) => x.name);
  for (let i = 0; i < items.length; i++) {
    const government = GOVERNMENT.exec(items[i].name);
    if (!government) continue;
    // the places just before it in its run
    for (let k = i - 1; k >= 0 && items[k + 1].after === '、' && mayShareGovernment(items[k].name); k--) out[k] = items[k].name + government[1];
    const levelled = LEVELLED_GOVERNMENT.exec(items[i].name);
    if (!levelled) continue;
    // shared-level-government: the bare places just before it take its level as well
    for (let k = i - 1; k >= 0 && items[k + 1].after === '、' && isBarePlace(items[k].name); k--) out[k] = items[k].name + levelled[1];
  }
  return out;
}
