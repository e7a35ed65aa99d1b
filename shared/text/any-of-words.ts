// One pattern for "any of these words": a single search tells whether a text holds any of them, before
// each word is looked for on its own (most paragraphs hold none of a policy's titles or body names).

const SYNTAX = /[.*+?^${}()|[\]\\]/g;

/** A pattern matching any of the words as written, none of their characters read as pattern syntax; no words match nowhere. */
export function anyOfWords(words: readonly string[]): RegExp {
  if (words.length === 0) return /(?!)/;
  return new RegExp(words.map((w) => w.replace(SYNTAX, '\\$&')).join('|'));
}

const built = new WeakMap<object, RegExp>();

/** anyOfWords of a fixed list, built once per `list` (which must not change afterwards). */
export function anyOfWordsOnce<T extends object>(list: T, words: (list: T) => readonly string[]): RegExp {
  let pattern = built.get(list);
  if (!pattern) built.set(list, (pattern = anyOfWords(words(list))));
  return pattern;
}
