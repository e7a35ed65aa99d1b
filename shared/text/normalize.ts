// Normalisation for matching. Text pulled from PDFs puts spaces between digits and Chinese
// ("2021 年 9 月 28 日") and breaks lines inside words ("区市场\n监管局"); full-width and half-width
// forms vary between authors. Matchers run on the normalised text and map offsets back to the original.
//
// What normalizeForMatching does, character by character (each output char comes from exactly one input char):
// - whitespace next to a Chinese character or Chinese punctuation is dropped; other runs become one space;
//   leading and trailing whitespace is dropped;
// - a line break is kept (as one "\n") only where it looks structural: after a sentence end (。！？；),
//   inside a Markdown heading line, or before a line that opens with a list marker (1. （一） 一、 第一条)
//   or a label ending in a colon (责任单位： 完成时限：). Other line breaks are wrapped lines and are joined;
// - full-width digits, letters and symbols become half-width (１２ → 12, ％ → %, ． → .),
//   except the Chinese punctuation （）：，；！？ which is kept full-width;
// - half-width ( ) always become （ ）, and , ; : ! ? next to a Chinese character become ，；：！？,
//   so one pattern with Chinese punctuation matches both; "1,000" and "10:30" stay as they are;
// - ○ and ◯ used as zero (二○二一) become 〇.

export interface Normalized {
  text: string;
  /** map[i] = offset in the original of normalized char i; map.length === text.length + 1 */
  map: number[];
}

const IDEOGRAPH = /[\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ud840-\ud87f\udc00-\udfff]/;
const CJK_PUNCT = /[\u3000-\u303f\uff00-\uffef\u2014\u2015\u2026\u201c\u201d\u2018\u2019\u00b7\u25cb\u25ef]/;
const SPACE = /[\s\u200b-\u200d\u2060]/;
const LINE_BREAK = /[\n\r\u2028\u2029\u000b\u000c]/;
const KEEP_FULL_WIDTH = new Set(['！', '，', '：', '；', '？', '（', '）']);
const TO_FULL_WIDTH_NEAR_CJK: Record<string, string> = { ',': '，', ';': '；', ':': '：', '!': '！', '?': '？' };
const SENTENCE_END = new Set(['。', '！', '？', '；', '!', '?', ';', '…']);

// A line that opens like this starts a new item, so the break before it is structural.
const STRUCTURAL_LINE_START = new RegExp(
  '^(?:' +
    [
      '#',
      '\\*\\*',
      '[-*•]\\s',
      '\\d{1,3}\\s*[.．、](?!\\d)',
      '[（(]\\s*[一二三四五六七八九十\\d]{1,3}\\s*[）)]',
      '\\d{1,3}\\s*[）)]',
      '[一二三四五六七八九十]{1,3}\\s*、',
      '第[一二三四五六七八九十百零〇\\d]{1,4}[条章节]',
      '[①-⑳]',
      '附件',
      '[\\u4e00-\\u9fff]{0,6}(?:单位|时限|时间|节点|部门|期限|内容|目标|任务|措施|事项|分工|要求)\\s*[：:]',
    ].join('|') +
    ')',
);

/** What SPACE matches (JavaScript's \s and the zero-width spaces), by code unit: the loops below test every char. */
function isSpaceCode(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200d) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x2060 || c === 0x3000 || c === 0xfeff;
}

/** A common ideograph: not a space, not folded, and never next to a comma made full-width by itself. */
export const isPlainIdeograph = (c: number) => c >= 0x4e00 && c <= 0x9fff;

function isWide(c: string | undefined): boolean {
  return c !== undefined && (IDEOGRAPH.test(c) || CJK_PUNCT.test(c));
}

/** The character as it will read after width folding (context-free part). */
function foldWidth(c: string): string {
  const code = c.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e && !KEEP_FULL_WIDTH.has(c)) return String.fromCharCode(code - 0xfee0);
  if (c === '(') return '（';
  if (c === ')') return '）';
  if (c === '○' || c === '◯') return '〇';
  return c;
}

function isStructuralBreak(prev: string, lineHead: string | undefined, original: string, next: number): boolean {
  if (SENTENCE_END.has(prev)) return true;
  if (lineHead === '#') return true;
  let head = '';
  for (let k = next; k < original.length && head.length < 24; k++) head += foldWidth(original[k]);
  return STRUCTURAL_LINE_START.test(head);
}

export function normalizeForMatching(original: string): Normalized {
  const map: number[] = [];
  return { text: normalize(original, map), map };
}

/** The text `normalizeForMatching` gives, without the map back to the original (for callers that only read it). */
export function normalizedText(original: string): string {
  return normalize(original, null);
}

/** The normalised text; `map`, when given, receives each output char's offset in the original, and a last entry. */
function normalize(original: string, map: number[] | null): string {
  // The output is built from pieces (runs of ideographs are copied whole); `length` counts its chars, `prev` is its
  // last char and `lineHead` the first char of its current line.
  const pieces: string[] = [];
  let length = 0;
  let prev: string | undefined;
  let lineStart = 0;
  let lineHead: string | undefined;
  const emit = (piece: string, from: number) => {
    if (length === lineStart) lineHead = piece[0];
    pieces.push(piece);
    if (map) for (let k = 0; k < piece.length; k++) map.push(from + k);
    length += piece.length;
    prev = piece[piece.length - 1];
  };
  let i = 0;
  while (i < original.length) {
    const code = original.charCodeAt(i);
    // Most of a Chinese text: kept as it is, a run at a time.
    if (isPlainIdeograph(code)) {
      let j = i + 1;
      while (j < original.length && isPlainIdeograph(original.charCodeAt(j))) j++;
      emit(original.slice(i, j), i);
      i = j;
      continue;
    }
    const c = original[i];
    if (isSpaceCode(code)) {
      let j = i;
      let firstBreak = -1;
      while (j < original.length && isSpaceCode(original.charCodeAt(j))) {
        if (firstBreak < 0 && LINE_BREAK.test(original[j])) firstBreak = j;
        j++;
      }
      const next = j < original.length ? foldWidth(original[j]) : undefined;
      if (prev !== undefined && next !== undefined) {
        if (firstBreak >= 0 && isStructuralBreak(prev, lineHead, original, j)) {
          emit('\n', firstBreak);
          lineStart = length;
          lineHead = undefined;
        } else if (!isWide(prev) && !isWide(next)) {
          emit(' ', i);
        }
      }
      i = j;
      continue;
    }
    let folded = foldWidth(c);
    const near = TO_FULL_WIDTH_NEAR_CJK[folded];
    if (near !== undefined) {
      const next = i + 1 < original.length ? original[i + 1] : undefined;
      if ((prev !== undefined && IDEOGRAPH.test(prev)) || (next !== undefined && IDEOGRAPH.test(next))) folded = near;
    }
    emit(folded, i);
    i++;
  }
  map?.push(original.length);
  return pieces.join('');
}

/**
 * Offsets in the original for the normalised span [start, end): from the first char's origin to just
 * after the last char's origin, so whitespace dropped inside the span is covered but none around it.
 */
export function originalSpan(n: Normalized, start: number, end: number): { start: number; end: number } {
  if (end <= start) return { start: n.map[start], end: n.map[start] };
  return { start: n.map[start], end: n.map[end - 1] + 1 };
}

/** Removes whitespace next to Chinese characters or punctuation (names split by line breaks); other runs become one space. */
export function compactWhitespace(s: string): string {
  let out = '';
  // the last character kept: reading it back from `out`, a string built piece by piece, copies it whole each time
  let prev: string | undefined;
  let i = 0;
  while (i < s.length) {
    if (!SPACE.test(s[i])) {
      prev = s[i++];
      out += prev;
      continue;
    }
    let j = i;
    while (j < s.length && SPACE.test(s[j])) j++;
    const next = s[j];
    if (prev !== undefined && next !== undefined && !isWide(prev) && !isWide(next)) {
      out += ' ';
      prev = ' ';
    }
    i = j;
  }
  return out;
}
