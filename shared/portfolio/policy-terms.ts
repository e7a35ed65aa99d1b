// The words that say what one policy is about, weighed once per policy, so that a report can be compared
// with every policy of a workspace without segmenting any policy again.
import { withoutBodyNames } from '../submission/body-names';
import { isBoilerplate, isContentToken } from '../submission/term-weights';
import type { PolicyExtract } from '../types';
import { isFramingWord } from './framing-words';

/** A word that can tell policies apart: a content word that is neither the genre's stock phrasing nor its framing. */
export function isSubjectTerm(term: string): boolean {
  return isContentToken(term) && !isBoilerplate(term) && !isFramingWord(term);
}

/** One policy's subject words, by measure. */
export interface PolicyTerms {
  /** Word → the positions of the measures (in extract order) using it. */
  postings: Map<string, number[]>;
  /**
   * Word → its weight in the policy: ln(1 + M/m) / ln(1 + M) for a word m of the M measures use; 1 for a
   * word one measure alone uses, less for a word every measure uses (企业 in a policy for enterprises).
   */
  weights: Map<string, number>;
  /** Per measure, the square root of its number of subject words: a long measure shares more words by chance. */
  measureNorms: number[];
}

/**
 * The policy's subject words per measure; words that only name the responsible bodies (区财政局牵头) and
 * the genre's stock and framing words are left out. `measureTerms[k]` are the segmenter's terms of measure k's title and text.
 */
export function policyTerms(extract: PolicyExtract, measureTerms: string[][]): PolicyTerms {
  const postings = new Map<string, number[]>();
  const measureNorms: number[] = [];
  extract.measures.forEach((m, k) => {
    const tokens = withoutBodyNames(`${m.title}\n${m.text}`, measureTerms[k] ?? [], extract.departments);
    const words = new Set(tokens.filter(isSubjectTerm));
    for (const t of words) {
      const list = postings.get(t);
      if (list) list.push(k);
      else postings.set(t, [k]);
    }
    measureNorms.push(Math.sqrt(Math.max(1, words.size)));
  });
  const n = extract.measures.length;
  const weights = new Map<string, number>();
  for (const [t, list] of postings) weights.set(t, n <= 1 ? 1 : Math.log(1 + n / list.length) / Math.log(1 + n));
  return { postings, weights, measureNorms };
}
