// Rule (items-after-duty-bracket): a copy that lost a line break may run the next item on right after the duty bracket
// that closes the item before it: 「(一)地区生产总值增长11%左右。(省发改委负责)(二)公共财政收入增长13%左右。(省财政厅主办,
// 省国税局、地税局协办)」, 「1.抓好600个省级重点产业项目…。(省发改委主办,…协办)2.重点抓好…」 (黑龙江省 2013年《政府工作报告》
// 重点工作责任分工). A bracket that names who answers closes an item as surely as a paragraph break does, so even two items
// are cut there, where the run-on-items rule wants three. Only where the block opens on an item and the label after the
// bracket is the next one of the same kind ((一) then (二), 1. then 2.); a bracket that names no duty (「(含)」,
// 「(试行)」), a number that does not follow on, or a label of another kind is left as it is. Pure.
import { parseChineseNumber } from './cn-numerals';

const OPEN = '（(';
const CLOSE = '）)';
/** Words that make a bracket a statement of who answers for the item. */
const DUTY = /负责|牵头|主办|协办|配合|参与|责任(?:单位|部门)|牵头(?:单位|部门)/;

interface Kind {
  /** The label's pattern at a given place, its number in group 1. */
  at: RegExp;
  read: (token: string) => number | null;
}

const KINDS: Kind[] = [
  { at: /^[（(]([一二三四五六七八九十]{1,3})[）)]/, read: parseChineseNumber },
  { at: /^(\d{1,3})[.．](?![\d.．])/, read: (t) => Number(t) },
];

/** The offset of the bracket that opens the group closing at `close` (the index of its closing bracket), or -1. */
function openingOf(text: string, close: number): number {
  let depth = 0;
  for (let i = close; i >= 0; i--) {
    if (CLOSE.includes(text[i])) depth++;
    else if (OPEN.includes(text[i]) && --depth === 0) return i;
  }
  return -1;
}

/** Offsets (after 0) at which a block opening on a numbered item runs the next ones on after a duty bracket. */
export function itemsAfterDutyBracket(text: string): number[] {
  for (const kind of KINDS) {
    const first = kind.at.exec(text);
    if (!first) continue;
    let expected = (kind.read(first[1]) ?? NaN) + 1;
    const starts: number[] = [];
    for (let i = first[0].length; i < text.length; i++) {
      if (!CLOSE.includes(text[i - 1] ?? '')) continue;
      const label = kind.at.exec(text.slice(i));
      if (!label || kind.read(label[1]) !== expected) continue;
      const open = openingOf(text, i - 1);
      if (open < 0 || !DUTY.test(text.slice(open + 1, i - 1))) continue;
      starts.push(i);
      expected++;
    }
    return starts;
  }
  return [];
}
