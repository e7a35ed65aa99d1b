// body-colon-lines: a section dividing the work among bodies gives each body a paragraph of its own that opens on its
// name and a colon (「市房产局：负责牵头…。」, 「区应急管理局：参与制定…」, 「各镇政府、街道（开发区）办事处、头桥集团：按照…」).
// Run on once the page lost its breaks (「…落实落细。市委宣传部：负责广泛宣传…。市财政局：负责配合…」), each such
// paragraph opens a line again where, after the full stop or semicolon closing the one before, a name closing on a
// body's ending is followed by a colon and what the body does (负责, 参与, 配合, 牵头, 指导, 会同, 按照, 协助, 承担…). A
// colon after a label of a role (责任单位：, 牵头部门：: field-lines), after a word that is no body (「主要内容：」) or
// inside a sentence (after a comma) opens nothing. Read only on pieces the run-on-items rule cut from a run-on line. Pure.

/** A body's name (a list of them at most, with brackets), its ending, a colon, and what the body does. */
const BODY_COLON =
  /[。；;]\s*([\u4e00-\u9fa5（）()、]{2,40}?(?:局|委|办|中心|政府|办事处|集团|公司|院|所|队|站|会|处|室|科|厅|部|组|团|联|行))[：:](?=\s*(?:负责|参与|配合|牵头|指导|会同|按照|协助|承担|督促|做好|加强|组织|统筹))/g;

/** Offsets in `piece` at which a body's paragraph of the division of work opens a line of its own. */
export function bodyColonLineStarts(piece: string): number[] {
  const starts: number[] = [];
  for (const m of piece.matchAll(BODY_COLON)) {
    const name = m[1];
    // a role's label (牵头单位, 责任部门) is a field, not a body
    if (/(?:单位|部门)$/.test(name)) continue;
    starts.push((m.index ?? 0) + m[0].length - name.length - 1);
  }
  return starts;
}
