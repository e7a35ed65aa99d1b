// Splits text into plain and marked segments for highlighting: search matches, departments, dates, numbers,
// shared terms. Earlier rules win where two would overlap.

export type MarkKind = 'match' | 'department' | 'date' | 'number' | 'term';

export interface Segment {
  text: string;
  kind: MarkKind | null;
}

export interface MarkRule {
  kind: MarkKind;
  /** Literal strings (longest tried first) or a global pattern. */
  find: readonly string[] | RegExp;
}

/** Search snippets wrap matches in \u0001 … \u0002. */
export function markSnippet(snippet: string): Segment[] {
  const out: Segment[] = [];
  let kind: MarkKind | null = null;
  let buf = '';
  const flush = () => {
    if (buf) out.push({ text: buf, kind });
    buf = '';
  };
  for (const ch of snippet) {
    if (ch === '\u0001') {
      flush();
      kind = 'match';
    } else if (ch === '\u0002') {
      flush();
      kind = null;
    } else buf += ch;
  }
  flush();
  return out;
}

// Time words of the genre: full dates (Arabic or Chinese numerals), month deadlines, periods, recurring duties.
const CN = '〇零一二三四五六七八九十';
export const DATE_PATTERN = new RegExp(
  [
    `(?:\\d{4}|[${CN}]{4})\\s*年\\s*(?:\\d{1,2}|[${CN}]{1,3})\\s*月(?:\\s*(?:\\d{1,2}|[${CN}]{1,3})\\s*日)?(?:底|末)?前?`,
    `(?:\\d{1,2}|[${CN}]{1,3})月(?:\\d{1,2}日|底|末|中旬|上旬|下旬)?前`,
    `(?:\\d{1,2})月\\d{1,2}日`,
    '每(?:月|季度|年)(?:\\d{1,2}日)?(?:前|末)?',
    '年内|年底前|年底|上半年|下半年|第[一二三四]季度(?:末)?',
    '长期坚持|持续推进',
    '\\d+个工作日(?:内|以内)?',
  ].join('|'),
  'g',
);

export const NUMBER_PATTERN =
  /\d+(?:\.\d+)?\s*(?:%|％|万元|亿元|元|名|人次|人|个|家|项|件|户|次|倍|小时|天)?(?:以上|以下|以内)?/g;

function literalRanges(text: string, words: readonly string[]): [number, number][] {
  const ranges: [number, number][] = [];
  const sorted = [...new Set(words)].filter((w) => w.length > 0).sort((a, b) => b.length - a.length);
  for (const word of sorted) {
    let at = text.indexOf(word);
    while (at >= 0) {
      ranges.push([at, at + word.length]);
      at = text.indexOf(word, at + word.length);
    }
  }
  return ranges;
}

function patternRanges(text: string, pattern: RegExp): [number, number][] {
  const re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g');
  const ranges: [number, number][] = [];
  for (const m of text.matchAll(re)) {
    if (m[0].length > 0 && m.index !== undefined) ranges.push([m.index, m.index + m[0].length]);
  }
  return ranges;
}

export function markText(text: string, rules: readonly MarkRule[]): Segment[] {
  const owner: (MarkKind | null)[] = new Array(text.length).fill(null);
  for (const rule of rules) {
    const ranges = Array.isArray(rule.find) ? literalRanges(text, rule.find) : patternRanges(text, rule.find as RegExp);
    for (const [start, end] of ranges) {
      // A later rule may only take characters nobody has claimed, and only whole.
      let free = true;
      for (let i = start; i < end && free; i++) free = owner[i] === null;
      if (!free) continue;
      for (let i = start; i < end; i++) owner[i] = rule.kind;
    }
  }
  const out: Segment[] = [];
  let i = 0;
  while (i < text.length) {
    let j = i + 1;
    while (j < text.length && owner[j] === owner[i]) j++;
    // Two neighbouring matches of one kind stay separate marks only if they were separate ranges; merging is fine.
    out.push({ text: text.slice(i, j), kind: owner[i] });
    i = j;
  }
  return out;
}

/** The usual rules for policy and report text. */
export function documentRules(options: { departments?: readonly string[]; terms?: readonly string[] } = {}): MarkRule[] {
  const rules: MarkRule[] = [];
  if (options.departments?.length) rules.push({ kind: 'department', find: options.departments });
  rules.push({ kind: 'date', find: DATE_PATTERN });
  rules.push({ kind: 'number', find: NUMBER_PATTERN });
  // One-character tokens would light up half the page.
  const terms = options.terms?.filter((t) => t.trim().length >= 2);
  if (terms?.length) rules.push({ kind: 'term', find: terms });
  return rules;
}
