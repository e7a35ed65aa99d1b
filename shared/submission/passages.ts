// Splits a paragraph and its tokens into sentence-sized passages, so a long paragraph that covers
// several measures ("一是…；二是…") can be matched one passage at a time.

export interface Passage {
  start: number;
  end: number;
  tokens: string[];
}

// Consecutive tokens are at most a few punctuation marks apart.
const NEXT_GAP = 6;
// jieba's search mode emits a compound after its parts (社会 救助 社会救助): look back this far for it.
const LOOK_BACK = 8;
// A match further ahead than this is another occurrence, not this token.
const LOOK_AHEAD = 40;

/**
 * Start offset of each token in `text`: just after the previous token, else a compound ending where the
 * previous token sits, else a little further on; a token not found sits at the previous token's place.
 * Tolerates any segmentation: words, overlapping grams, compounds after their parts.
 */
export function locateTokens(text: string, tokens: string[]): number[] {
  const starts: number[] = [];
  let at = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    // the same token twice in a row (overlapping grams of 啊啊啊) must move on
    const from = k > 0 && tokens[k - 1] === t ? starts[k - 1] + 1 : at;
    let found = text.indexOf(t, from);
    if (found < 0 || found - from > NEXT_GAP) {
      const back = text.lastIndexOf(t, at);
      if (back >= 0 && at - back <= LOOK_BACK && back >= from - LOOK_BACK && !(k > 0 && tokens[k - 1] === t)) found = back;
      else if (found >= 0 && found - from > LOOK_AHEAD) found = -1;
    }
    if (found < 0) {
      starts.push(at);
      continue;
    }
    starts.push(found);
    at = Math.max(at, found);
  }
  return starts;
}

const SENTENCE_END = /[。！？；!?;\n]/g;

/**
 * Sentences of `text` merged until each holds at least `minChars` characters, each with the tokens
 * that start inside it.
 */
export function splitPassages(text: string, tokens: string[], minChars = 30): Passage[] {
  // shorter than two passages' minimum: whatever its sentences, it is one passage
  if (text.length < 2 * minChars) return text === '' ? [] : [{ start: 0, end: text.length, tokens: tokens.slice() }];
  const bounds: { start: number; end: number }[] = [];
  let start = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    const end = m.index + 1;
    if (end - start >= minChars) {
      bounds.push({ start, end });
      start = end;
    }
  }
  if (start < text.length) {
    if (bounds.length > 0 && text.length - start < minChars) bounds[bounds.length - 1].end = text.length;
    else bounds.push({ start, end: text.length });
  }
  // one passage holds every token: no need to find where each one sits
  if (bounds.length <= 1) return bounds.map((b) => ({ start: b.start, end: b.end, tokens: tokens.slice() }));
  const starts = locateTokens(text, tokens);
  const passages = bounds.map((b) => ({ ...b, tokens: [] as string[] }));
  let p = 0;
  for (let k = 0; k < tokens.length; k++) {
    while (p < passages.length - 1 && starts[k] >= passages[p].end) p++;
    passages[p]?.tokens.push(tokens[k]);
  }
  return passages;
}
