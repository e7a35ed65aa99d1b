// Small text helpers shared by the structure steps (numbered measures and task tables).

/** Trailing punctuation and spaces removed: titles carry none. */
export function stripEnd(s: string): string {
  return s.replace(/[。，；：！？、,;:.!?\s]+$/, '');
}

/** Where the first comma outside quotation marks and book-title marks stands, or -1. */
function firstOpenComma(s: string): number {
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if ('“‘「《〈'.includes(c)) depth++;
    else if ('”’」》〉'.includes(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && '，；：,;:'.includes(c)) return i;
  }
  return -1;
}

/**
 * A measure's title read from its text: the first sentence, cut at its first comma when it runs long. A comma
 * inside quotation marks belongs to the quoted words (关于“严守耕地保护红线，划定永久基本农田”的问题), so the cut
 * comes after them.
 */
// colon-title: a short run-in heading closed by a colon (「高风险类：有不良安全习惯…的独居老人」) is the title, however short
// the sentence it opens; not a clause that announces what follows (经研究决定：, 具体要求如下：).
// (a second name in brackets stays part of the heading: 「保洁员（分拣员）：原则上每个…」)
const COLON_TITLE = /^([\u4e00-\u9fa5]{2,8}(?:[（(][\u4e00-\u9fa5]{1,8}[）)])?)[：:](?=\S)/;
const ANNOUNCING = /(?:决定|规定|指出|要求|如下|明确|通知|强调|提出)$/;

// title-duty-bracket: a sentence with no full stop of its own closing on its duty bracket (「9.北迎宾街沿路,滨河蓝湾一处
// 商家破损广告牌(责任单位:执法局)」, 铁西区's 整改通知, 2019) is titled without the bracket, as one closed by 。 before
// its bracket is
const CLOSING_DUTY_BRACKET = /[（(][^（）()]{0,80}(?:责任单位|牵头单位|责任部门|牵头部门|配合单位|负责)[^（）()]{0,80}[）)]$/;

export function firstSentence(text: string): string {
  const m = /^[^。！？\n]*[。！？]?/.exec(text);
  const run = COLON_TITLE.exec(text);
  if (run && !ANNOUNCING.test(run[1])) return run[1];
  let s = stripEnd(m ? m[0] : text);
  const bracket = CLOSING_DUTY_BRACKET.exec(s);
  if (bracket && bracket.index >= 4) s = stripEnd(s.slice(0, bracket.index));
  if (s.length > 40) {
    const comma = firstOpenComma(s);
    if (comma >= 4) s = s.slice(0, comma);
  }
  return s;
}
