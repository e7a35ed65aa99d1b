// Data: the kinds of office a place has that answer to a higher level rather than to the place's government (垂直管理):
// the state tax office, customs, the financial regulators, the central bank's branches, the postal and
// telecommunications regulators, meteorology, the survey teams of the statistics bureau, tobacco, the grid company's
// local bureau, a housing fund centre's branch. A policy of the place writes them with the place in full (重庆市税务局,
// 北京市税务局, 恩阳区住房公积金管理部) beside its own bureaus written with the level alone (市商务委).
export const VERTICAL_OFFICE_ENDINGS: readonly string[] = [
  '税务局',
  '海关',
  '金融监管局',
  '金融监督管理局',
  '监管分局',
  '证监局',
  '银保监局',
  '银保监分局',
  '中心支行',
  '分行',
  '邮政管理局',
  '通信管理局',
  '气象局',
  '调查队',
  '调查总队',
  '烟草专卖局',
  '供电局',
  '供电公司',
  '住房公积金管理部',
  '住房公积金管理分中心',
  '海事局',
  '地震局',
  // the national railway group's regional bureaus (哈尔滨铁路局)
  '铁路局',
];

// place-named-office: such an office written after a place's bare name (哈尔滨铁路局, 东莞供电局: two to four
// characters with no level before the kind) carries its place in its name; no level of the list goes before it.
const PLACE_STEM = /^[\u4e00-\u9fa5]{2,4}$/;
const LEVEL_CHAR = /[省市区县州旗]/;

/** An office of a higher level's system written after a place's bare name (哈尔滨铁路局). */
export function isPlaceNamedOffice(name: string): boolean {
  const end = VERTICAL_OFFICE_ENDINGS.find((e) => name.endsWith(e));
  if (end === undefined) return false;
  const stem = name.slice(0, -end.length);
  return PLACE_STEM.test(stem) && !LEVEL_CHAR.test(stem) && !/^(?:各|有关|相关|国家|中国|地方|本地|当地)/.test(stem);
}

/** The name ends like an office of a higher level's system. */
export function isVerticalOffice(name: string): boolean {
  return VERTICAL_OFFICE_ENDINGS.some((end) => name.endsWith(end));
}
