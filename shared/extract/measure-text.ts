// Small text helpers shared by the structure steps (numbered measures and task tables).

/** Trailing punctuation and spaces removed: titles carry none. */
export function stripEnd(s: string): string {
  return s.replace(/[。，；：！？、,;:.!?\s]+$/, '');
}

/** A measure's title read from its text: the first sentence, cut at its first comma when it runs long. */
export function firstSentence(text: string): string {
  const m = /^[^。！？\n]*[。！？]?/.exec(text);
  let s = stripEnd(m ? m[0] : text);
  if (s.length > 40) {
    const comma = s.search(/[，；：,;:]/);
    if (comma >= 4) s = s.slice(0, comma);
  }
  return s;
}
