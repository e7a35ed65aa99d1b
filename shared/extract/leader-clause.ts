// Rule (leader-opening): a task list may open each item on the leader who answers for it, a person, before the body that
// leads: 「由吴继德副市长负责,市建设局牵头,市发改委配合,按照要求进一步修改完善项目建设方案…」 (兰州市's task list). The
// leader's clause names no body, yet it belongs to the run of clauses assigning the work: the bodies after it still
// open the sentence's assignment. Only a person by a leader's title (副市长, 县长, 常务副省长, 主任…), with or without a
// name before it, and a verb of answering (负责, 牵头, 总负责, 分管).

const LEADER_CLAUSE =
  /^由?(?:[\u4e00-\u9fa5]{2,4}?)?(?:常务)?副?(?:省长|市长|县长|区长|旗长|州长|盟长|主席|秘书长|书记|主任|局长)(?:同志)?(?:总)?(?:负责|牵头|分管|主抓|挂帅)$/;

/** Whether a clause names the leader (a person) who answers for the item, and nothing else. */
export function isLeaderClause(clause: string): boolean {
  return LEADER_CLAUSE.test(clause.trim());
}
