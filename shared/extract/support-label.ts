// Rule (support-label): the words that make a duty label name the supporters. Besides 配合 / 协办 / 协同 / 参与 /
// 协助, a plan may call them 支撑单位, the bodies whose work underpins the leads' (「（牵头单位：经济技术开发区、九里亭街道，
// 支撑单位：区规划资源局、区建设管理委、区经委）」, 松江区城市更新2025年度实施计划, 沪松府办〔2025〕31号). Only as a label with
// its colon: 「支撑」 in a sentence (「为产业发展提供支撑」) or 「支撑材料」 names no one.

/** The words of a supporting role, as a regular-expression alternation (no anchors, no flags). */
export const SUPPORT_ROLE_SRC = '配合|协办|协同|参与|协助|支撑';

/** Whether a duty word (the label without 单位/部门) gives the supporting role. */
export function isSupportWord(word: string): boolean {
  return new RegExp(`^(?:${SUPPORT_ROLE_SRC})`).test(word);
}
