// Content similarity between a report passage and each measure: TF-IDF cosine, with IDF taken over the
// policy's measures (a word every measure uses tells them apart poorly) and the genre's stock words damped.
import type { Measure } from '../types';
import { withoutBodyNames } from './body-names';
import { splitPassages } from './passages';
import { genreWeight, isBoilerplate, isContentToken } from './term-weights';
import { CharCounter, PassageLookup, Vocabulary, weighedVector, type TermVector } from './term-vectors';
import type { PolicyForLinking } from './types';

interface MeasureVectors {
  number: number;
  whole: TermVector;
  /** The measure's sentences (merged to a useful length): a report often answers one of them. */
  parts: TermVector[];
  /** Its subject words. */
  subjects: string[];
}

export interface MeasureIndex {
  measures: MeasureVectors[];
  /** The words the measures use (those with an IDF), numbered. */
  vocabulary: Vocabulary;
  /** IDF by word id. */
  idf: Float64Array;
  /** Subject word id → positions (in `measures`) of the measures that use it. */
  subjectPostings: (readonly number[] | undefined)[];
  /** The passage being scored, spread out for lookups by word id; one at a time, as scoring is synchronous. */
  lookup: PassageLookup;
  chars: CharCounter;
  /** Weight of a report word no measure uses: it dilutes the passage's similarity to every measure. */
  unknownWeight: number;
  /** The policy's department names, masked in report text like any other body's name. */
  names: string[];
  /** A word that says what a measure is about: not a stock word of the genre, not from the policy's title. */
  isSubject: (t: string) => boolean;
  /** Subject word → positions (in `measures`) of the measures that use it. */
  postings: Map<string, number[]>;
  /** Report words met so far, as scored: reports of one batch use mostly the same words. */
  reportWords: Map<string, ReportWord | null>;
}

/** A report word as scored: its id among the measures' words (none when no measure uses it) and its weight. */
interface ReportWord {
  id: number | undefined;
  weight: number;
}

// Report words are remembered up to this many (a few MB), then forgotten all at once.
const MAX_REPORT_WORDS = 50_000;

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
  const vocabulary = new Vocabulary();
  for (const t of idf.keys()) vocabulary.add(t);
  const weightOf = (t: string) => idf.get(t) ?? 0;
  const idOf = (t: string) => vocabulary.id(t);
  const vectors = measures.map((m, k) => {
    const text = `${m.title}\n${m.text}`;
    const parts = splitPassages(text, tokensOf[k], 24)
      .map((p) => weighedVector(termFrequencies(p.tokens, (t) => idf.has(t)), weightOf, idOf))
      .filter((v) => v.size >= 3);
    return { number: m.number, whole: weighedVector(termFrequencies(subjects[k]), weightOf, idOf), parts: parts.length > 1 ? parts : [], subjects: [] as string[] };
  });
  const isSubject = (t: string) => !isBoilerplate(t) && theme(t) === 1;
  const postings = new Map<string, number[]>();
  vectors.forEach((v, k) => {
    v.subjects = [...v.whole.ids].map((id) => vocabulary.words[id]).filter(isSubject);
    for (const t of v.subjects) {
      const list = postings.get(t);
      if (list) list.push(k);
      else postings.set(t, [k]);
    }
  });
  const subjectPostings = vocabulary.words.map((t) => postings.get(t));
  return {
    measures: vectors,
    vocabulary,
    idf: Float64Array.from(vocabulary.words, (t) => idf.get(t) ?? 0),
    subjectPostings,
    lookup: new PassageLookup(vocabulary.size),
    chars: new CharCounter(vocabulary),
    unknownWeight: Math.log(1 + n) * UNKNOWN_FACTOR,
    names,
    isSubject,
    postings,
    reportWords: new Map(),
  };
}

/** The word as scored, null when it is not worth comparing. */
function reportWord(t: string, index: MeasureIndex): ReportWord | null {
  let word = index.reportWords.get(t);
  if (word !== undefined) return word;
  if (isContentToken(t)) {
    const id = index.vocabulary.id(t);
    word = { id, weight: id === undefined ? index.unknownWeight * (index.isSubject(t) ? 1 : THEME_WEIGHT) : index.idf[id] };
  } else word = null;
  if (index.reportWords.size >= MAX_REPORT_WORDS) index.reportWords.clear();
  index.reportWords.set(t, word);
  return word;
}

export function passageVector(tokens: string[], index: MeasureIndex): TermVector {
  const counts = new Map<ReportWord, number>();
  for (const t of tokens) {
    const word = reportWord(t, index);
    if (word) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return weighedVector(counts, (w) => w.weight, (w) => w.id);
}

/** For each measure sharing a subject word with the passage (by position in `measures`), the ids of the words it shares. */
function sharedByMeasure(passage: TermVector, index: MeasureIndex): Map<number, number[]> {
  const shared = new Map<number, number[]>();
  for (const id of passage.ids) {
    const measures = index.subjectPostings[id];
    if (!measures) continue;
    for (const k of measures) {
      const list = shared.get(k);
      if (list) list.push(id);
      else shared.set(k, [id]);
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
function measureScore(lookup: PassageLookup, m: MeasureVectors): number {
  let best = lookup.cosine(m.whole);
  for (const part of m.parts) best = Math.max(best, lookup.cosine(part) * PART_FACTOR);
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
    index.lookup.load(v);
    for (const [k, shared] of sharedByMeasure(v, index)) {
      if (!index.chars.coverAtLeast(shared, MIN_SHARED_CHARS)) continue;
      const m = index.measures[k];
      const score = measureScore(index.lookup, m);
      const prev = best.get(m.number);
      // the whole paragraph comes first; a passage replaces it only when it scores higher
      if (!prev) best.set(m.number, { measure: m.number, score, start: unit.start, end: unit.end, shared: shared.map((id) => index.vocabulary.words[id]) });
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
