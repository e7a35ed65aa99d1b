// Names of bodies inside running text (区政府办公室要加强督导, 会同区财政局): they say who, not what,
// so the similarity of a report to a measure must not rest on them.
import { anyOfWordsOnce } from '../text/any-of-words';
import { locateTokens } from './passages';

// A level character, a short stem without punctuation, a body ending. 办 alone is left out: 通办, 帮办.
const BODY_NAME_RE = /[区县市省镇][^\s，。、；：,.;:（）()“”"《》|｜]{0,12}?(?:委员会|办公室|分局|局|委|中心|政府)/g;
// The last character of every ending above: text without one of them names no body, and the pattern is slow to fail.
const BODY_ENDING_CHAR = /[会室局委心府]/;

/** The shortest ending was taken: 区政府 may go on as 区政府办公室, …委 as …委员会. */
function fullEnd(text: string, name: string, end: number): number {
  if (name.endsWith('政府')) {
    if (text.startsWith('办公室', end)) return end + 3;
    if (text.startsWith('办', end)) return end + 1;
  }
  if (name.endsWith('委') && text.startsWith('员会', end)) return end + 2;
  return end;
}

// A given name this short (区委) is too likely a piece of other words.
const isLongName = (name: string) => name.length >= 3;

/** Spans of `text` that are bodies' names: the pattern above, and the given names verbatim. */
export function bodyNameSpans(text: string, names: readonly string[] = []): [number, number][] {
  const spans: [number, number][] = [];
  if (BODY_ENDING_CHAR.test(text)) for (const m of text.matchAll(BODY_NAME_RE)) spans.push([m.index, fullEnd(text, m[0], m.index + m[0].length)]);
  // most paragraphs hold none of the given names: one search says so
  if (names.length === 0 || !anyOfWordsOnce(names, (list) => list.filter(isLongName)).test(text)) return spans;
  for (const name of names) {
    if (!isLongName(name)) continue;
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) spans.push([at, at + name.length]);
  }
  return spans;
}

/** The spans sorted and merged where they overlap or touch: disjoint, in order. */
function mergedSpans(spans: [number, number][]): [number, number][] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [s, e] of sorted) {
    const last = merged[merged.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  return merged;
}

/** Whether [start, end) overlaps one of the disjoint, ordered `spans` (a binary search: a text full of names stays quick). */
function touchesSpan(spans: [number, number][], start: number, end: number): boolean {
  let lo = 0;
  let hi = spans.length;
  // the first span that ends after `start`
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid][1] <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo < spans.length && spans[lo][0] < end;
}

/** The tokens of `text` that do not touch a body's name. */
export function withoutBodyNames(text: string, tokens: string[], names: readonly string[] = []): string[] {
  const found = bodyNameSpans(text, names);
  if (found.length === 0) return tokens;
  const spans = mergedSpans(found);
  const starts = locateTokens(text, tokens);
  return tokens.filter((t, k) => !touchesSpan(spans, starts[k], starts[k] + t.length));
}
