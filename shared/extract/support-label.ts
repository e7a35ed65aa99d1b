// Rule (support-label): the words that make a duty label name the supporters. Besides 配合 / 协办 / 协同 / 参与 /
// 协助, a plan may call them 支撑单位, the bodies whose work underpins the leads' (「（牵头单位：经济技术开发区、九里亭街道，
// 支撑单位：区规划资源局、区建设管理委、区经委）」, 松江区城市更新2025年度实施计划, 沪松府办〔2025〕31号). Only as a label with
// its colon: 「支撑」 in a sentence (「为产业发展提供支撑」) or 「支撑材料」 names no one.
// collaborate-label: a county department's list of the work report's tasks that fall to it may call the supporters
// 协作单位 (「牵头责任单位:县卫健委」 over 「主要协作单位:各乡镇人民政府、经济开发区管委会,县政府有关部门」, 灵璧县卫健委
// 2021年政府工作报告任务分解); likewise only as a label with its colon: 「加强区域协作」 names no one.

/** The words of a supporting role, as a regular-expression alternation (no anchors, no flags). */
export const SUPPORT_ROLE_SRC = '配合|协办|协同|协作|参与|协助|支撑';

/** Whether a duty word (the label without 单位/部门) gives the supporting role. */
export function isSupportWord(word: string): boolean {
  return new RegExp(`^(?:${SUPPORT_ROLE_SRC})`).test(word);
}
