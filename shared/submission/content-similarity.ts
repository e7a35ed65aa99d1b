// Content similarity between a report passage and each measure: TF-IDF cosine, with IDF taken over the
// policy's measures (a word every measure uses tells them apart poorly) and the genre's stock words damped.
import type { Measure } from '../types';
import { withoutBodyNames } from './body-names';
import { splitPassages } from './passages';
import { genreWeight, isBoilerplate, isContentToken } from './term-weights';
import type { PolicyForLinking } from './types';

type Vector = Map<string, number>;

interface WeightedVector {
  weights: Vector;
  norm: number;
}

interface MeasureVectors {
  number: number;
  whole: WeightedVector;
  /** The measure's sentences (merged to a useful length): a report often answers one of them. */
  parts: WeightedVector[];
  /** Its subject words. */
  subjects: string[];
}

export interface MeasureIndex {
  measures: MeasureVectors[];
  idf: Map<string, number>;
  /** Weight of a report word no measure uses: it dilutes the passage's similarity to every measure. */
  unknownWeight: number;
  /** The policy's department names, masked in report text like any other body's name. */
  names: string[];
  /** A word that says what a measure is about: not a stock word of the genre, not from the policy's title. */
  isSubject: (t: string) => boolean;
  /** Subject word → positions (in `measures`) of the measures that use it. */
  postings: Map<string, number[]>;
}

// A part of a measure is shorter than the whole: its cosine runs higher by chance, so it counts for less.
const PART_FACTOR = 0.85;
// Report words no measure uses count for this share of a rare measure word.
const UNKNOWN_FACTOR = 0.5;
// Weight of the words of the policy's title.
const THEME_WEIGHT = 0.15;
// Shared subject words must cover this many distinct characters before content alone can link.
const MIN_SHARED_CHARS = 5;

/** Tokens that only name the responsible bodies (…牵头，…按职责分工负责) say nothing about the work. */
function subjectTokens(measure: Measure, tokens: string[]): string[] {
  const resp = measure.responsibilityText;
  if (!resp) return tokens.filter(isContentToken);
  const body = `${measure.title}\n${measure.text}`.split(resp).join('\n');
  return tokens.filter((t) => isContentToken(t) && !(resp.includes(t) && !body.includes(t)));
}

function termFrequencies(tokens: string[], keep?: (t: string) => boolean): Map<string, number> {
  const tf = new Map<string, number>();
  for (const t of tokens) if (!keep || keep(t)) tf.set(t, (tf.get(t) ?? 0) + 1);
  return tf;
}

function weigh(tf: Map<string, number>, weightOf: (t: string) => number): WeightedVector {
  const weights: Vector = new Map();
  let sum = 0;
  for (const [t, n] of tf) {
    const w = (1 + Math.log(n)) * weightOf(t);
    if (w <= 0) continue;
    weights.set(t, w);
    sum += w * w;
  }
  return { weights, norm: Math.sqrt(sum) };
}

export function buildMeasureIndex(policy: PolicyForLinking): MeasureIndex {
  const measures = policy.extract.measures;
  const names = policy.extract.departments;
  const tokensOf = measures.map((m, k) => withoutBodyNames(`${m.title}\n${m.text}`, policy.measureTokens[k] ?? [], names));
  const subjects = measures.map((m, k) => subjectTokens(m, tokensOf[k]));
  const df = new Map<string, number>();
  for (const tokens of subjects) for (const t of new Set(tokens)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = Math.max(1, measures.length);
  // words of the policy's own title (放管服, 营商环境) describe every measure, whichever one names them
  const theme = (t: string) => (t.length >= 2 && policy.extract.title.includes(t) ? THEME_WEIGHT : 1);
  const idf = new Map<string, number>();
  for (const [t, d] of df) idf.set(t, Math.log(1 + n / d) * genreWeight(t) * theme(t));
  const weightOf = (t: string) => idf.get(t) ?? 0;
  const vectors = measures.map((m, k) => {
    const whole = weigh(termFrequencies(subjects[k]), weightOf);
    const text = `${m.title}\n${m.text}`;
    const parts = splitPassages(text, tokensOf[k], 24)
      .map((p) => weigh(termFrequencies(p.tokens, (t) => idf.has(t)), weightOf))
      .filter((v) => v.weights.size >= 3);
    return { number: m.number, whole, parts: parts.length > 1 ? parts : [], subjects: [] as string[] };
  });
  const isSubject = (t: string) => !isBoilerplate(t) && theme(t) === 1;
  const postings = new Map<string, number[]>();
  vectors.forEach((v, k) => {
    v.subjects = [...v.whole.weights.keys()].filter(isSubject);
    for (const t of v.subjects) {
      const list = postings.get(t);
      if (list) list.push(k);
      else postings.set(t, [k]);
    }
  });
  return { measures: vectors, idf, unknownWeight: Math.log(1 + n) * UNKNOWN_FACTOR, names, isSubject, postings };
}

export function passageVector(tokens: string[], index: MeasureIndex): WeightedVector {
  return weigh(termFrequencies(tokens, isContentToken), (t) => index.idf.get(t) ?? index.unknownWeight * (index.isSubject(t) ? 1 : THEME_WEIGHT));
}

function cosine(a: WeightedVector, b: WeightedVector): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  const [small, large] = a.weights.size <= b.weights.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [t, w] of small.weights) {
    const v = large.weights.get(t);
    if (v !== undefined) dot += w * v;
  }
  return dot / (a.norm * b.norm);
}

/** For each measure sharing a subject word with the passage (by position in `measures`), the words it shares. */
function sharedByMeasure(passage: WeightedVector, index: MeasureIndex): Map<number, string[]> {
  const shared = new Map<number, string[]>();
  for (const t of passage.weights.keys()) {
    for (const k of index.postings.get(t) ?? []) {
      const list = shared.get(k);
      if (list) list.push(t);
      else shared.set(k, [t]);
    }
  }
  return shared;
}

/** Distinct characters the words cover: the same for one four-character word and its three bigrams. */
export function distinctChars(words: Iterable<string>): number {
  const chars = new Set<string>();
  for (const w of words) for (const c of w) chars.add(c);
  return chars.size;
}

export interface ContentMatch {
  measure: number;
  score: number;
  /** Offsets in the paragraph of the passage that matched best. */
  start: number;
  end: number;
  /** Subject words the paragraph shares with the measure. */
  shared: string[];
}

/** Similarity of one passage to one measure: the whole measure, or its best-matching part. */
function measureScore(v: WeightedVector, m: MeasureVectors): number {
  let best = cosine(v, m.whole);
  for (const part of m.parts) best = Math.max(best, cosine(v, part) * PART_FACTOR);
  return best;
}

/**
 * Each measure's best similarity to the paragraph or one of its passages, with the passage that
 * reached it; a measure sharing too few subject words with a passage scores 0 there and is left out.
 */
export function scoreParagraph(text: string, allTokens: string[], index: MeasureIndex): ContentMatch[] {
  const tokens = withoutBodyNames(text, allTokens, index.names);
  const units = [{ start: 0, end: text.length, tokens }];
  const passages = splitPassages(text, tokens, 30);
  if (passages.length > 1) units.push(...passages);
  const best = new Map<number, ContentMatch>();
  for (const unit of units) {
    const v = passageVector(unit.tokens, index);
    if (v.norm === 0) continue;
    for (const [k, shared] of sharedByMeasure(v, index)) {
      if (distinctChars(shared) < MIN_SHARED_CHARS) continue;
      const m = index.measures[k];
      const score = measureScore(v, m);
      const prev = best.get(m.number);
      // the whole paragraph comes first; a passage replaces it only when it scores higher
      if (!prev) best.set(m.number, { measure: m.number, score, start: unit.start, end: unit.end, shared });
      else if (score > prev.score) best.set(m.number, { ...prev, score, start: unit.start, end: unit.end });
    }
  }
  return [...best.values()];
}

/** The subject words of a measure (no stock words), for picking the sentence that shows a content match. */
export function subjectTermsOf(index: MeasureIndex, measure: number): string[] {
  const m = index.measures.find((v) => v.number === measure);
  return m ? m.subjects : [];
}
