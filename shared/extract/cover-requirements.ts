// A notice that issues a task list and then sets out how it is to be carried out ("…现印发给你们，请认真抓好贯彻落实。
// 一、强化责任落实。… 二、细化工作方案。…"): its numbered items are the notice's requirements, not measures. They
// follow the issuing sentence straight away (no title of an issued document between) and name no body that
// would carry them. Where the issued document itself follows, its title and preamble come between.

// 现印发给你们 / 现印发你们 / 现予印发 / 现将…印发给你们; the notice may add 并就有关事项通知如下.
// handed-down-tasks: a notice handing the tasks down in attached tables (「将《政府工作报告》主要目标和重点工作予以分解
// 下达。现将有关事项通知如下。」, 甘政发〔2025〕7号; 「现将主要目标任务分解下发」) issues them as surely; 「分解如下」 introduces
// the tasks themselves and is no such line.
// divided-tasks-matters: a notice that divides the report's tasks and goes on to the matters of carrying them out
// (「现将州政府工作报告重点任务予以分解，并就有关事项通知如下。」, 凉府办发〔2020〕20号) introduces requirements as
// surely; the tasks themselves follow as the notice's attachment.
// division-matters: a notice on the matters of a division of tasks (「现就2020年《政府工作报告》确定的重点工作任务分工有关
// 事项通知如下:」, 南经管发〔2020〕81号) introduces the requirements of carrying it out, the division being its attachment;
// 「就做好…工作有关事项通知如下」, on any other work, introduces no such list.
// findings-list: a notice issuing a list of the problems an inspection found (「形成了《本市养老机构消防安全典型问题清单》…
// 现印发给你们，并就相关要求通知如下：」, 沪民养老发〔2024〕11号) issues no tasks: the list names what is wrong, and the
// notice's own items (开展自查自纠, 推进重点问题整改) are the work of putting it right, its measures.
const ISSUES_FINDINGS = /《[^》]{0,60}(?:问题清单|问题台账|问题汇总表?)》/;
const ISSUING = /(?:现|特)?(?:予以?)?印发(?:给)?(?:你们|各)|现予印发|分解(?:下达|下发)|予以分解[，,]?\s*(?:并|现)?(?:就|将)有关事项通知如下|就[^。：:]{0,60}(?:任务|责任)(?:分工|分解)(?:方案)?(?:的)?有关事项通知如下/;

/**
 * True when the first numbered item sits right after a line that issues another document, and no item of the
 * notice assigns a duty to a named body.
 */
export function isCoverRequirementList(lineBefore: string | null, anyDuty: boolean): boolean {
  if (anyDuty || lineBefore === null) return false;
  return ISSUING.test(lineBefore) && !ISSUES_FINDINGS.test(lineBefore);
}
