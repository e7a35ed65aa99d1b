// The wording of kind-only-sender (kind-only-sender.ts). Data, not logic: extend the lists when a report speaks of its own
// body by another kind.

/** Kinds of body a report may name its own by, with no name of its own: 公司, 集团, 院, 局, 学校…. */
export const BODY_KINDS: readonly string[] = [
  '集团公司', '公司', '集团', '院', '局', '厅', '委', '中心', '学校', '学院', '医院', '中学', '小学', '大学', '镇', '乡', '街道',
];

/** A body's Party organisations: 党委, 党组, 党总支, 党支部, 党工委. */
export const PARTY_ORGANISATIONS: readonly string[] = ['党委', '党组', '党总支', '党支部', '党工委'];
