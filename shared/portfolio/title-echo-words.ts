// Words around the subject of a title of the genre. The subject (2021年重点工作, 2024年政府工作报告重点工作) is
// what a policy and the reports on it share; around it, what the policy does to it (责任分解, 分工方案), what a report
// says of it (落实情况, 进展情况), the kind of document (通知, 通报) and the period a report covers (上半年,
// 前三季度). Data, not logic: extend the lists when a title's frame is found left on its subject.

/** Where a subject ends: what is done to it, or said of it, and the kind of document. */
export const SUBJECT_ENDS: readonly string[] = [
  // a policy dividing its subject among bodies
  '责任分解', '任务分解', '责任分工', '任务分工', '部门分工', '工作分工', '分工方案', '分解方案', '责任清单', '任务清单',
  '分解表', '实施方案', '工作方案',
  // a report on how far it has got
  '落实情况', '进展情况', '完成情况', '执行情况', '推进情况', '办理情况', '工作情况', '情况',
  // the kind of document (not 报告 alone: 政府工作报告 is a subject)
  '的通知', '的通报', '的报告', '通知', '通报', '汇报', '总结',
];

/** The period a report covers, taken out wherever it stands (2021年上半年重点工作…). */
export const PERIODS: readonly string[] = [
  '前三季度', '第一季度', '第二季度', '第三季度', '第四季度', '一季度', '二季度', '三季度', '四季度', '上半年', '下半年',
  '半年', '全年', '年终',
];
