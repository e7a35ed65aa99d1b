// Names of bodies inside running text (区政府办公室要加强督导, 会同区财政局): they say who, not what,
// so the similarity of a report to a measure must not rest on them.
import { locateTokens } from './passages';

// A level character, a short stem without punctuation, a body ending. 办 alone is left out: 通办, 帮办.
const BODY_NAME_RE = /[区县市省镇][^\s，。、；：,.;:（）()“”"《》|｜]{0,12}?(?:委员会|办公室|分局|局|委|中心|政府)/g;

/** Spans of `text` that are bodies' names: the pattern above, and the given names verbatim. */
export function bodyNameSpans(text: string, names: readonly string[] = []): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of text.matchAll(BODY_NAME_RE)) spans.push([m.index, m.index + m[0].length]);
  for (const name of names) {
    if (name.length < 3) continue;
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) spans.push([at, at + name.length]);
  }
  return spans;
}

/** The tokens of `text` that do not touch a body's name. */
export function withoutBodyNames(text: string, tokens: string[], names: readonly string[] = []): string[] {
  const spans = bodyNameSpans(text, names);
  if (spans.length === 0) return tokens;
  const starts = locateTokens(text, tokens);
  return tokens.filter((t, k) => {
    const start = starts[k];
    const end = start + t.length;
    return !spans.some(([s, e]) => start < e && end > s);
  });
}
