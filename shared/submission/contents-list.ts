// A page that publishes a set of documents (a 决算公开 page, a compilation) often lists its contents above the
// first of them: 「一、 政府决算报告 / 二、 政府决算说明 / 1、 税收返还… / … / 一、政府决算报告 / 关于…的报告」.
// The report starts where the list's first entry comes again as a heading; the list and the page's heading
// over it are no part of the report (its title, meeting line and speaker come after them).
import type { Line } from './report-layout';

// A numbered heading of a contents list: 一、…, 第一部分…, 1、…, （一）….
const ENTRY_RE = /^(?:[一二三四五六七八九十]{1,3}\s*、|第[一二三四五六七八九十]{1,3}(?:部分|章|篇)|\d{1,2}\s*[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)])/;
// The list sits at the top: its first entry within the first lines.
const FIRST_ENTRY_WITHIN = 4;
// An entry is a short line, not a sentence.
const ENTRY_MAX = 40;
const SENTENCE_RE = /[。！？；]/;
// Fewer entries than this make no contents list.
const MIN_ENTRIES = 3;

const squeeze = (text: string) => text.replace(/[\s\u3000]+/g, '');

/** Where the report starts after a contents list at the top (the index into `lines`); 0 when there is none. */
export function contentsEnd(lines: readonly Line[]): number {
  for (let first = 0; first < Math.min(FIRST_ENTRY_WITHIN, lines.length); first++) {
    const entry = squeeze(lines[first].text);
    if (!ENTRY_RE.test(lines[first].text) || entry.length > ENTRY_MAX) continue;
    for (let k = first + 1; k < lines.length; k++) {
      const text = lines[k].text;
      if (squeeze(text) === entry) return k - first > MIN_ENTRIES ? k : 0;
      // every line of the list is a short entry; a sentence ends it without its first entry coming again
      if (text.length > ENTRY_MAX || SENTENCE_RE.test(text)) break;
    }
    return 0;
  }
  return 0;
}

/** The lines from where the report starts: a contents list at the top (and the heading above it) left out. */
export function withoutContents(lines: readonly Line[]): readonly Line[] {
  const end = contentsEnd(lines);
  return end === 0 ? lines : lines.slice(end);
}
