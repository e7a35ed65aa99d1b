// Refiner on a list of names: the level written once for a run of names ("省科技厅、工业和信息化厅" — the 省
// holds for both). A name without a level of its own that follows a levelled name in the same 、-run takes
// that level; a 厅 standing alone is a province's body (only provinces have 厅). A comma ends the run: names
// after it may be of another level ("省委金融办，广东金融监管局").
//
// level-on-each: a run that writes the level on two names or more writes it on each of its bodies, not once for the
// run; a bare name among them is bare as the document writes it (「市金融办、公积金管理中心、市住房保障房产局」: the
// provident fund centre, written without the city's 市 in every list, is not given it). A 厅 is still a province's.

import { isPlaceNamedOffice } from './vertical-offices';

export interface ListItem {
  name: string;
  /** The separator written before the item: '、' joins a run, anything else starts a new one. */
  after: string | null;
}

// region-level: an autonomous region writes 自治区 where a province writes 省, once for a run as well
// (「自治区农牧厅(乡村振兴局)、财政厅」: the region's finance department, no province's).
// town-level: a town writes 镇 once for a run of its offices, its stations (所) among them (「由镇规建办、安监所对…」: the
// town's 安监所, 七宝镇, 2020); a name whose 镇 opens a place of its own (镇江市财政局, 镇海区发改局) opens on no level.
const LEVEL = /^(自治区|省|市|区|县|州|旗|镇)(?!场|级|直|属|委员会$)/;
// Names that carry their own level or place: national bodies, party and mass bodies, named places.
// (城市管理…: 城市 is no place)
const OWN_LEVEL = /^(?:国家|国务院|中国|中央|全国|最高|共青团|团[省市区县]|人民银行|(?!城市)[\u4e00-\u9fa5]{1,5}?(?:省|市|区|县|州|旗)(?!场|级|委|直))/;
// 工商联, 妇联, 残联, 科协: mass bodies each level of government has.
// 法院, 检察院: each level has its court and procuratorate.
// brigade-level: a brigade or team of the government's own (城市管理执法大队, 综合行政执法队) takes its level as a 局 does
// (「(责任单位:城市管理执法大队、各乡镇场)」 in a notice of 扶余市人民政府督查室)
const LOCAL_BODY_END = /(?:厅|局|委|办|所|中心|委员会|办公室|联合会|联|协|社|法院|检察院|大队|支队|执法队)$/;

/** The level character a name opens with, or null. */
export function levelOf(name: string): string | null {
  const level = LEVEL.exec(name)?.[1] ?? null;
  return level === '镇' && OWN_LEVEL.test(name) ? null : level;
}

/** A local government's body written without a level: it belongs to a level the context gives. */
export function takesLevel(name: string): boolean {
  return name.length >= 2 && !/^各|有关|相关/.test(name) && !OWN_LEVEL.test(name) && LOCAL_BODY_END.test(name) && levelOf(name) === null && !isPlaceNamedOffice(name);
}

/** For each item, how many names of its 、-run write a level of their own. */
function levelledInRun(items: ListItem[]): number[] {
  const counts: number[] = [];
  let start = 0;
  for (let i = 0; i <= items.length; i++) {
    if (i === items.length || (i > 0 && items[i].after !== '、')) {
      const n = items.slice(start, i).filter((x) => levelOf(x.name) !== null).length;
      for (let k = start; k < i; k++) counts.push(n);
      start = i;
    }
  }
  return counts;
}

// general-office: a 办公厅 written alone is the general office of a ministry or a government (a ministry's own plan:
// 「(办公厅、政法司牵头…)」), never one of a province's 厅 departments.
const GENERAL_OFFICE = /^办公厅$/;

/** A 厅 standing alone: a province's department (财政厅), not a general office (办公厅). */
function isProvinceDepartment(name: string): boolean {
  return name.endsWith('厅') && !GENERAL_OFFICE.test(name);
}

// bureau-office-prefix: a bureau naming its own offices writes 市局 (省局, 区局, 县局) once for them
// (「市局产品质量安全监督管理处、网络交易和市场规范监督管理处、认证监督管理处、计量处按职责分工负责」, 沪市监特种〔2022〕27号),
// past a comma too (「市局特种设备安全监察处牵头，执法稽查处、信用监督管理处按职责分工负责」, 沪市监特种〔2023〕414号): each bare
// office after it is the bureau's, not a body of the city's own, until a name that is no bare office
const BUREAU_OFFICE = /^([市省区县]局)(?=[\u4e00-\u9fa5]{2,}(?:处|室|科)$)/;
const BARE_OFFICE = /^[\u4e00-\u9fa5]{2,}(?:处|室|科)$/;

/** Names in the order written, each bare office after the bureau's own written with 市局 (省局…) given it (bureau-office-prefix). */
export function carryBureauOffice(names: string[]): string[] {
  let bureau: string | null = null;
  return names.map((name) => {
    const office = BUREAU_OFFICE.exec(name);
    if (office) bureau = office[1];
    else if (bureau && BARE_OFFICE.test(name) && levelOf(name) === null && !OWN_LEVEL.test(name)) return bureau + name;
    else bureau = null;
    return name;
  });
}

export function carryListLevel(items: ListItem[]): string[] {
  let level: string | null = null;
  const levelled = levelledInRun(items);
  const offices = carryBureauOffice(items.map((item) => item.name));
  return items.map((item, k) => {
    if (item.after !== '、') level = null;
    if (offices[k] !== item.name) return offices[k];
    const own = levelOf(item.name);
    if (own) {
      level = own;
      return item.name;
    }
    if (!takesLevel(item.name)) return item.name;
    if (level && levelled[k] >= 2 && !item.name.endsWith('厅')) return item.name;
    if (level) return level + item.name;
    return isProvinceDepartment(item.name) ? `省${item.name}` : item.name;
  });
}
