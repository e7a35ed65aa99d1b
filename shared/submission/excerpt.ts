// The passage quoted as evidence for a link: the sentence around the match, at most 120 characters.

export const EXCERPT_MAX = 120;

const SENTENCE_END = /[。！？；!?;\n]/;

/** The sentence holding [start, end) of `text`; when longer than `max`, a window around the match. */
export function excerptAround(text: string, start: number, end: number, max = EXCERPT_MAX): string {
  let from = start;
  while (from > 0 && !SENTENCE_END.test(text[from - 1])) from--;
  let to = Math.max(end, start);
  while (to < text.length && !SENTENCE_END.test(text[to])) to++;
  if (to < text.length) to++; // keep the sentence's own full stop
  const sentence = text.slice(from, to).trim();
  if (sentence.length <= max) return sentence;
  // centre the window on the match, within the sentence
  const matchLength = Math.min(end - start, max);
  let left = Math.max(from, start - Math.floor((max - matchLength) / 2));
  const right = Math.min(to, left + max);
  left = Math.max(from, right - max);
  return text.slice(left, right).trim();
}

/** The start of a passage, cut at `max` characters (a content match is the passage's gist). */
export function excerptOfPassage(text: string, start: number, end: number, max = EXCERPT_MAX): string {
  const passage = text.slice(start, end).trim();
  return passage.length <= max ? passage : passage.slice(0, max);
}
