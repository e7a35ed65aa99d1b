// Rule (attached-task-list): a plan whose body describes the work in numbered prose and whose attachment divides it in
// a task list, row by row with the bodies' columns (附件1 「…工作任务清单」: 序号 / 任务名称 / 任务内容 / 牵头部门 / 配合部门 /
// 时间节点, 宝山区贯彻《上海市生活垃圾管理条例》推进全程分类体系建设实施方案, 宝府办〔2019〕26号). Where the body's items give
// duties only in their prose (「党政机关等公共机构生活垃圾分类推进由区机管局与区绿化市容局落实」, 「区商务委对接企业做好数据
// 统计」) and none of them by a bracket, a label or a division paragraph, the list's rows are the measures: the list is
// where the plan says who leads, who supports and by when. A body whose items carry brackets or labels keeps them.

/** Whether a duty, as read from an item, is marked as one: a bracket, a duty label or a paragraph headed by who answers. */
function markedDuty(duty: string): boolean {
  return /^[（(〔【[]/.test(duty) || /^[^。，；]{1,40}[：:]/.test(duty);
}

/**
 * Whether a task list with `tableDuties` rows that assign duties is preferred to numbered items whose duties read
 * `itemDuties` (null for an item with none): the items assign only in prose, and the list assigns more rows than the
 * items do, three at least.
 */
export function prefersTaskList(itemDuties: (string | null)[], tableDuties: number): boolean {
  const duties = itemDuties.filter((d): d is string => d !== null);
  return tableDuties >= 3 && tableDuties > duties.length && !duties.some(markedDuty);
}
