// closing-paragraph: the paragraphs that close a policy after its last measure (「本政策措施自印发之日起实施…」,
// 「各地各相关部门要充分认识…」) run on into that measure once the page lost its breaks. A measure of the genre ends on its
// duty bracket (「（省市场监管局负责）」, 「（责任单位：市财政局）」); what follows the last measure's bracket is no part of
// it, and opens a paragraph of its own. Read only on the last piece the run-on-items rule cut from a run-on line. Pure.

const DUTY_BRACKET = /[（(][^（）()]{0,80}?(?:负责|牵头|责任单位|配合单位|责任部门)[^（）()]{0,80}[）)]/g;
/** What may follow a duty bracket inside its measure: punctuation, or another bracket. */
const GOES_ON = /^[\s\u3000]*(?:[，。；、,;.）)（(]|$)/;
/** Below this many characters, what follows the bracket is no paragraph. */
const MIN_PARAGRAPH = 10;

/** Where the closing paragraph after the last measure's duty bracket begins in `piece`, or null. */
export function closingParagraphStart(piece: string): number | null {
  for (const m of piece.matchAll(DUTY_BRACKET)) {
    const end = (m.index ?? 0) + m[0].length;
    const rest = piece.slice(end);
    if (GOES_ON.test(rest)) continue;
    return rest.trim().length >= MIN_PARAGRAPH ? end : null;
  }
  return null;
}
