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
];

/** The name ends like an office of a higher level's system. */
export function isVerticalOffice(name: string): boolean {
  return VERTICAL_OFFICE_ENDINGS.some((end) => name.endsWith(end));
}
