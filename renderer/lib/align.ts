// Pairs a department's report paragraphs with the sentences of the measure they answer, for the side-by-side view.

/** Splits a measure's text into sentences, keeping the closing punctuation. */
export function splitSentences(text: string): string[] {
  const parts = text.match(/[^。；！？!?;]+[。；！？!?;]*/g) ?? [];
  const out: string[] = [];
  for (const part of parts.map((p) => p.trim()).filter(Boolean)) {
    // Very short pieces (a lone bracket, "（一）") belong to the sentence before them.
    if (out.length && part.replace(/[\s（）()、，,。；]/g, '').length < 4) out[out.length - 1] += part;
    else out.push(part);
  }
  return out;
}

function bigrams(text: string): Set<string> {
  const chars = [...text.replace(/[\s\p{P}]/gu, '')];
  const set = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) set.add(chars[i] + chars[i + 1]);
  return set;
}

/** Overlap of two texts in [0, 1]: character bigrams, which need no word segmentation. */
export function similarity(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  if (!x.size || !y.size) return 0;
  let shared = 0;
  for (const g of x) if (y.has(g)) shared++;
  return (2 * shared) / (x.size + y.size);
}

export interface Alignment {
  /** Index of the best sentence for each paragraph, or null when none is close enough. */
  sentence: number | null;
  score: number;
}

/** Weighted overlap: shared terms count on top of raw bigram overlap, since jieba picked them as meaningful. */
export function alignParagraphs(
  sentences: readonly string[],
  paragraphs: readonly string[],
  sharedTerms: readonly string[] = [],
  threshold = 0.08,
): Alignment[] {
  const terms = sharedTerms.filter((t) => t.length >= 2);
  return paragraphs.map((para) => {
    let best: Alignment = { sentence: null, score: 0 };
    sentences.forEach((sentence, i) => {
      const termHits = terms.filter((t) => sentence.includes(t) && para.includes(t)).length;
      const score = similarity(sentence, para) + 0.05 * termHits;
      if (score > best.score) best = { sentence: i, score };
    });
    return best.score >= threshold ? best : { sentence: null, score: best.score };
  });
}

/**
 * The words a reader finds a sentence of the measure by: its opening, up to `length` characters, closing punctuation
 * dropped and "…" where it goes on ("9月底前，按照省统一部署…"). A count (第5句) would number sentences the text does not number.
 */
export function sentenceOpening(sentence: string, length = 10): string {
  const chars = Array.from(sentence.trim().replace(/[。；！？!?;，,、\s]+$/u, ''));
  if (chars.length <= length) return chars.join('');
  return `${chars.slice(0, length).join('').replace(/[，,、：:；;\s]+$/u, '')}…`;
}
