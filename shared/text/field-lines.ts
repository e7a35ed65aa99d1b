// field-lines: a measure's labelled fields (责任单位：…, 牵头单位：…, 时限要求：…, 牵头负责领导：…, and a section's 工作要求：
// and 任务分工：), each a line of its own
// under the measure, run on into its text and into each other once the page lost its breaks: 「(一)地区生产总值增长7%以上
// 责任单位:区发展和改革局」, 「…制度。责任单位:市发改委时限要求:持续推进」. A label outside brackets opens its line again.
// A label in a bracket (「（责任单位：市财政局）」), after a comma or 、, or after 由 or 的 inside a sentence stays where it is,
// and so does a kind of body's paragraph (「发改部门：负责…」): a label names the role (牵头, 责任, 配合…).
// Read only on pieces the run-on-items rule cut from a run-on line. Pure.

const LABEL = /(?:(?:牵头|责任|配合|协办|协同|主办|承办|参与)(?:责任)?(?:单位|部门|[处科股]室)|时限要求|完成时限|完成时间|时间节点|工作要求|任务分工|(?:牵头|责任|分管)(?:负责)?领导)(?:[（(][^（）()]{1,6}[）)])?[：:]/g;
/** Characters before a label that keep it inside its sentence. */
const INSIDE = /[（(、，,由的和及与或]$/;

/** Offsets (after 0) in `piece` at which a labelled field opens a line of its own. */
export function fieldLineStarts(piece: string): number[] {
  const starts: number[] = [];
  let depth = 0;
  let scanned = 0;
  for (const m of piece.matchAll(LABEL)) {
    const at = m.index ?? 0;
    // brackets open before the label
    for (; scanned < at; scanned++) {
      const ch = piece[scanned];
      if (ch === '（' || ch === '(') depth++;
      else if ((ch === '）' || ch === ')') && depth > 0) depth--;
    }
    if (at === 0 || depth > 0 || INSIDE.test(piece.slice(at - 1, at))) continue;
    starts.push(at);
  }
  return starts;
}
