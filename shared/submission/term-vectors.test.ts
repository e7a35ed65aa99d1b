import { describe, expect, it } from 'vitest';
import { CharCounter, PassageLookup, Vocabulary, weighedVector } from './term-vectors';

function vocabularyOf(words: string[]): Vocabulary {
  const v = new Vocabulary();
  for (const w of words) v.add(w);
  return v;
}

const counts = (entries: [string, number][]) => new Map(entries);
const idIn = (vocabulary: Vocabulary) => (word: string) => vocabulary.id(word);

/** The cosine over string-keyed maps, summed over the smaller map in its order: what the lookup must equal. */
function mapCosine(a: Map<string, number>, b: Map<string, number>): number {
  const norm = (m: Map<string, number>) => Math.sqrt([...m.values()].reduce((s, w) => s + w * w, 0));
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [t, w] of small) {
    const v = large.get(t);
    if (v !== undefined) dot += w * v;
  }
  return dot / (norm(a) * norm(b));
}

describe('Vocabulary', () => {
  it('numbers words in the order they come and keeps a word its id', () => {
    const v = vocabularyOf(['证照', '分离', '证照']);
    expect(v.words).toEqual(['证照', '分离']);
    expect([v.id('证照'), v.id('分离'), v.id('审批')]).toEqual([0, 1, undefined]);
    expect(v.size).toBe(2);
  });
});

describe('weighedVector', () => {
  it('weighs (1 + log count) × the word weight, keeps known words in order, takes the norm over all', () => {
    const vocabulary = vocabularyOf(['证照', '审批']);
    const v = weighedVector(counts([['审批', 1], ['外来', 2], ['证照', 3]]), (w) => (vocabulary.id(w) === undefined ? 0.5 : 1), idIn(vocabulary));
    expect([...v.ids]).toEqual([1, 0]);
    expect([...v.weights]).toEqual([1, 1 + Math.log(3)]);
    expect(v.size).toBe(3);
    expect(v.norm).toBeCloseTo(Math.sqrt(1 + (0.5 * (1 + Math.log(2))) ** 2 + (1 + Math.log(3)) ** 2), 12);
  });

  it('leaves out words weighing nothing, in the size and the norm too', () => {
    const v = weighedVector(counts([['审批', 1], ['外来', 1]]), (w) => (w === '审批' ? 2 : 0), idIn(vocabularyOf(['审批'])));
    expect(v.size).toBe(1);
    expect(v.norm).toBe(2);
  });
});

describe('PassageLookup', () => {
  const words = ['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7'];
  const vocabulary = vocabularyOf(words);
  // weights chosen so that the order of summing changes the last bits
  const w = (k: number) => 0.1 + k * 0.7 + 1 / (k + 3);
  const mapOf = (ks: number[], scale: number) => new Map(ks.map((k) => [words[k], w(k) * scale]));
  const vectorOf = (m: Map<string, number>) => weighedVector(counts([...m.keys()].map((t) => [t, 1])), (t) => m.get(t)!, idIn(vocabulary));

  it('equals the map cosine to the last bit, whichever vector is smaller', () => {
    const cases: [number[], number[]][] = [
      [[6, 0, 3, 5], [0, 1, 2, 3, 4, 5, 6]],
      [[0, 1, 2, 3, 4, 5, 6], [5, 3, 0, 6]],
      [[2, 4, 6], [6, 4, 2]],
      [[1], [3]],
    ];
    const lookup = new PassageLookup(vocabulary.size);
    for (const [p, m] of cases) {
      const passage = mapOf(p, 1.3);
      const measure = mapOf(m, 0.9);
      lookup.load(vectorOf(passage));
      expect(lookup.cosine(vectorOf(measure))).toBe(mapCosine(passage, measure));
    }
  });

  it('forgets the previous passage when another is loaded', () => {
    const lookup = new PassageLookup(vocabulary.size);
    lookup.load(vectorOf(mapOf([0, 1], 1)));
    lookup.load(vectorOf(mapOf([2, 3], 1)));
    expect(lookup.cosine(vectorOf(mapOf([0, 1], 1)))).toBe(0);
  });

  it('counts a passage word outside the vocabulary in the norm only', () => {
    const lookup = new PassageLookup(vocabulary.size);
    lookup.load(weighedVector(counts([['a1', 1], ['外来', 1]]), () => 1, idIn(vocabulary)));
    expect(lookup.cosine(weighedVector(counts([['a1', 1]]), () => 1, idIn(vocabulary)))).toBeCloseTo(1 / Math.SQRT2, 12);
  });
});

describe('CharCounter', () => {
  const vocabulary = vocabularyOf(['营商环境', '营商', '环境', '证照分离', '𠀀字']);
  const chars = new CharCounter(vocabulary);
  const ids = (...ws: string[]) => ws.map((x) => vocabulary.id(x)!);

  it('counts each character once across the words', () => {
    expect(chars.count(ids('营商', '环境', '营商环境'))).toBe(4);
    expect(chars.count(ids('营商环境', '证照分离'))).toBe(8);
    expect(chars.count([])).toBe(0);
  });

  it('counts a character outside the basic plane as one', () => {
    expect(chars.count(ids('𠀀字'))).toBe(2);
  });

  it('says whether the words cover enough characters, repeats counted once', () => {
    expect(chars.coverAtLeast(ids('营商', '环境'), 4)).toBe(true);
    expect(chars.coverAtLeast(ids('营商', '环境'), 5)).toBe(false);
    // six characters written, four distinct
    expect(chars.coverAtLeast(ids('营商', '营商环境'), 5)).toBe(false);
    expect(chars.coverAtLeast([], 1)).toBe(false);
  });

  it('starts every count afresh', () => {
    expect(chars.count(ids('营商'))).toBe(2);
    expect(chars.count(ids('营商'))).toBe(2);
  });
});
