// The column heads of a table that collects several bodies' progress in one return (汇总表, 进展情况表, 台账): which
// column names the bodies a row answers for, which names those who only support them, and which says what was done.
// Data, not logic: extend the lists when a return's head is written another way.

/** A column naming the bodies a row is theirs to report on. */
export const ANSWERING_COLUMNS: readonly string[] = [
  '责任单位', '牵头单位', '牵头责任单位', '主责单位', '主体责任单位', '责任部门', '牵头部门', '承办单位', '主办单位',
  '落实单位', '实施单位', '完成单位', '牵头责任部门', '责任主体',
];

/** A column naming bodies that only support the work: their names in a row answer for no one. */
export const SUPPORTING_COLUMNS: readonly string[] = [
  '配合单位', '协同单位', '协同责任单位', '协办单位', '参与单位', '配合部门', '协同部门', '协助单位', '配合责任单位',
];

/** A column saying what was done: a table with one is a return, not the policy's own division. */
export const PROGRESS_COLUMNS: readonly string[] = [
  '进展情况', '落实情况', '完成情况', '推进情况', '工作进展', '进展', '进度', '办理情况', '整改情况', '整改进展',
  '完成进度', '工作进度', '落实进展', '推进落实情况', '执行情况', '工作完成情况', '进展成效', '工作推进情况',
];
