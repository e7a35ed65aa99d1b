// Snippets for search hits: a window of the paragraph around the first match, matches wrapped in markers.
export const MARK_START = '\u0001';
export const MARK_END = '\u0002';

export function highlightTerms(text: string, terms: string[]): string {
  const wanted = [...new Set(terms.filter((t) => t.length > 0))].sort((a, b) => b.length - a.length);
  if (wanted.length === 0) return text;
  let out = '';
  let i = 0;
  while (i < text.length) {
    const hit = wanted.find((t) => text.startsWith(t, i));
    if (hit) {
      out += MARK_START + hit + MARK_END;
      i += hit.length;
    } else {
      out += text[i++];
    }
  }
  return out;
}

/** A word of the text as the segmenter cut it, with its offsets. */
export interface TextToken {
  text: string;
  start: number;
  end: number;
}

/**
 * The stretches of a paragraph to mark for a query: each place the whole query stands as typed (12月底前), then each
 * word of the text, as the segmenter cut it, that is one of the query's terms. A term inside a longer word is not
 * marked: the 前 of 12月底前 is not the 前 of 前期.
 */
export function matchRanges(text: string, tokens: readonly TextToken[], terms: readonly string[], phrase: string): [number, number][] {
  const ranges: [number, number][] = [];
  if (phrase) for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + phrase.length)) ranges.push([at, at + phrase.length]);
  const wanted = new Set(terms);
  // the query's places are in order and apart, and so are the words: each word is held against the first place
  // that does not end before it, so a paragraph with the query at every line costs its length, not its square
  const phrases = ranges.length;
  let at = 0;
  for (const t of tokens) {
    if (!wanted.has(t.text)) continue;
    while (at < phrases && ranges[at][1] <= t.start) at++;
    if (at < phrases && t.start < ranges[at][1] && t.end > ranges[at][0]) continue;
    ranges.push([t.start, t.end]);
  }
  return ranges.sort((a, b) => a[0] - b[0]);
}

/** A paragraph longer than this is segmented for its snippet only around where the query first stands. */
export const SNIPPET_SEGMENT_SPAN = 2000;

/**
 * The stretch of a paragraph to segment for its snippet: the whole of it, or for a long one (a file may hold a
 * paragraph of megabytes) a stretch of SNIPPET_SEGMENT_SPAN around the first place any of `words` stands, which no
 * match can come before.
 */
export function snippetSpan(text: string, words: readonly string[]): { from: number; to: number } {
  if (text.length <= SNIPPET_SEGMENT_SPAN) return { from: 0, to: text.length };
  let first = text.length;
  for (const w of words) {
    if (!w) continue;
    const at = text.indexOf(w);
    if (at >= 0 && at < first) first = at;
  }
  if (first === text.length) first = 0;
  const from = Math.max(0, first - SNIPPET_SEGMENT_SPAN / 4);
  return { from, to: Math.min(text.length, from + SNIPPET_SEGMENT_SPAN) };
}

/** The text with the given stretches wrapped in markers. */
function markRanges(text: string, ranges: readonly [number, number][]): string {
  let out = '';
  let at = 0;
  for (const [a, b] of ranges) {
    out += text.slice(at, a) + MARK_START + text.slice(a, b) + MARK_END;
    at = b;
  }
  return out + text.slice(at);
}

/**
 * A window of the paragraph around its first match, matches marked. Given `ranges` (from matchRanges), only those are
 * marked; without, every occurrence of a term is (a query of single characters, matched as a substring).
 */
export function makeSnippet(text: string, terms: string[], radius = 40, ranges?: readonly [number, number][]): string {
  const positions = ranges ? ranges.map(([a]) => a) : terms.map((t) => text.indexOf(t)).filter((p) => p >= 0);
  // not Math.min(...positions): a paragraph with a hundred thousand matches would overflow the call's arguments
  const first = positions.reduce((a, b) => Math.min(a, b), positions.length ? Infinity : 0);
  const from = Math.max(0, first - radius);
  const to = Math.min(text.length, first + radius * 2);
  const body = ranges
    ? markRanges(text.slice(from, to), ranges.filter(([a, b]) => a >= from && b <= to).map(([a, b]) => [a - from, b - from] as [number, number]))
    : highlightTerms(text.slice(from, to), terms);
  return (from > 0 ? '…' : '') + body + (to < text.length ? '…' : '');
}

/** Hits of one document together, the documents in the order of their best hit, each document's hits in text order. */
export function groupByDocument<T extends { documentId: number; paragraph: number }>(hits: readonly T[]): T[][] {
  const groups = new Map<number, T[]>();
  for (const h of hits) groups.set(h.documentId, [...(groups.get(h.documentId) ?? []), h]);
  return [...groups.values()].map((g) => [...g].sort((a, b) => a.paragraph - b.paragraph));
}
