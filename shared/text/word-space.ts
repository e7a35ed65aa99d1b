// word-space: where the spaces of a text are the writer's (a text file, a Word document, a web page), a lone space
// between two runs of Chinese of two characters or more parts two words the writer set apart: two bodies named side
// by side (河南省教育厅 河南省财政厅), a field's label after the value of the one before it (来源：龙华区审计局 日期：…),
// a meeting and the speaker after it (…人民代表大会 第二次会议上 镇长 李小山). It is kept. A space beside a single
// character is letter-spacing (标 题, 各 位, 统 计 局 办 公 室) and closes up; so does every space between Chinese
// characters where the text comes from a page's layout, whose gaps (a justified line, runs cut by the generator)
// fall inside words. Pure.

const HAN = /^[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]$/;
export const isHan = (ch: string | undefined): boolean => ch !== undefined && HAN.test(ch);

/** Fewer characters than this on either side of the space make it letter-spacing. */
const MIN_WORD = 2;

/** The length of the run of Chinese characters that ends just before `end` (exclusive), up to MIN_WORD. */
function runBefore(text: string, end: number): number {
  let n = 0;
  while (n < MIN_WORD && isHan(text[end - 1 - n])) n += 1;
  return n;
}

/** The length of the run of Chinese characters that opens at `start`, up to MIN_WORD. */
function runAfter(text: string, start: number): number {
  let n = 0;
  while (n < MIN_WORD && isHan(text[start + n])) n += 1;
  return n;
}

/** The space at `at` (one character wide) parts two words of Chinese: a run of two characters or more on each side. */
export function isWordSpace(text: string, at: number): boolean {
  return runBefore(text, at) >= MIN_WORD && runAfter(text, at + 1) >= MIN_WORD;
}
