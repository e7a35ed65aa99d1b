// Rule: a division of the work by office. A department's own rules give each of its offices a paragraph that opens on
// the office's name and goes straight on with its duties (「办公室  组织、协调和管理…」「法规处  负责规范性文件的法律审核…」
// 「人教处  负责将政务公开工作列入绩效考核内容。」, 上海市财政局政务公开工作规定, 三、工作分工). Two such paragraphs or more
// in one measure divide its work among those offices, none said to lead the whole. One paragraph alone is an ordinary
// sentence with a subject, and is left to the other rules. Pure.

// A short name ending the way an office's or a body's does, then a verb of duty.
const OPENING = /^([\u4e00-\u9fa5]{1,10}?(?:处|室|科|股|办|部|局|中心))[\s\u3000]*(?:负责|组织|承担|牵头|参与|配合|协助|协调|统筹|指导)/;
// Words that end like a body but are none: 好处, 到处, 办公室 as a place (在办公室).
const NOT_A_BODY = /^(?:好处|到处|各处|此处|本处|该处|在|于)/;

/** The offices that open two paragraphs or more of the text with their duties, in order; empty when fewer. */
export function officeParagraphs(text: string): string[] {
  const names: string[] = [];
  for (const line of text.split('\n')) {
    const m = OPENING.exec(line.trim());
    if (!m || NOT_A_BODY.test(m[1])) continue;
    if (!names.includes(m[1])) names.push(m[1]);
  }
  return names.length >= 2 ? names : [];
}
