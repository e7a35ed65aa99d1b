// Weighted word vectors over a fixed vocabulary (a policy's measure words), by word id in typed arrays.
// Reading a report compares each of its passages with every measure and each measure's parts; looking
// words up in string-keyed maps for each of those comparisons was most of the cost of reading a report.

/** A vocabulary's words numbered in the order they were added. */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  readonly words: string[] = [];

  /** The word's id, adding the word when it is new. */
  add(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.words.length;
      this.ids.set(word, id);
      this.words.push(word);
    }
    return id;
  }

  /** The word's id, or undefined outside the vocabulary. */
  id(word: string): number | undefined {
    return this.ids.get(word);
  }

  get size(): number {
    return this.words.length;
  }
}

export interface TermVector {
  /** Ids of the words in the vocabulary, in the order the words first occur. */
  ids: Int32Array;
  weights: Float64Array;
  norm: number;
  /** Words with a weight, those outside the vocabulary included: they count in the norm, never in a dot product. */
  size: number;
}

/**
 * The TF-IDF vector of word counts, in the counts' order: each word weighs (1 + log count) × its own weight;
 * words weighing nothing are left out. The norm is taken over every word, in the vocabulary (`idOf`) or not.
 */
export function weighedVector<W>(counts: Map<W, number>, weightOf: (word: W) => number, idOf: (word: W) => number | undefined): TermVector {
  const ids: number[] = [];
  const known: number[] = [];
  let sum = 0;
  let size = 0;
  for (const [word, n] of counts) {
    const w = (1 + Math.log(n)) * weightOf(word);
    if (w <= 0) continue;
    size++;
    sum += w * w;
    const id = idOf(word);
    if (id === undefined) continue;
    ids.push(id);
    known.push(w);
  }
  return { ids: new Int32Array(ids), weights: new Float64Array(known), norm: Math.sqrt(sum), size };
}

/**
 * One passage's vector spread over the vocabulary, so another vector's words find their weight by id.
 * Scores are summed in the order a dot product over maps would take (the smaller vector's order, the
 * passage's on a tie): floating-point sums depend on their order, and a score must not move with it.
 */
export class PassageLookup {
  private readonly weight: Float64Array;
  private readonly order: Int32Array;
  // the words both vectors have, found in the other vector's order
  private readonly matchOrder: Int32Array;
  private readonly matchProduct: Float64Array;
  private passage: TermVector | null = null;

  constructor(vocabularySize: number) {
    this.weight = new Float64Array(vocabularySize);
    this.order = new Int32Array(vocabularySize);
    this.matchOrder = new Int32Array(vocabularySize);
    this.matchProduct = new Float64Array(vocabularySize);
  }

  /** Makes `passage` the vector the next cosines are taken with. */
  load(passage: TermVector): void {
    if (this.passage) for (const id of this.passage.ids) this.weight[id] = 0;
    passage.ids.forEach((id, k) => {
      this.weight[id] = passage.weights[k];
      this.order[id] = k;
    });
    this.passage = passage;
  }

  /** Cosine of the loaded passage and `other`. */
  cosine(other: TermVector): number {
    const passage = this.passage;
    if (!passage || passage.norm === 0 || other.norm === 0) return 0;
    const inPassageOrder = passage.size <= other.size;
    let n = 0;
    for (let i = 0; i < other.ids.length; i++) {
      const w = this.weight[other.ids[i]];
      if (w === 0) continue;
      this.matchOrder[n] = inPassageOrder ? this.order[other.ids[i]] : i;
      this.matchProduct[n] = w * other.weights[i];
      n++;
    }
    if (inPassageOrder) this.sortMatches(n);
    let dot = 0;
    for (let k = 0; k < n; k++) dot += this.matchProduct[k];
    return dot / (passage.norm * other.norm);
  }

  /** Insertion sort by order: a passage shares a handful of words with a measure. */
  private sortMatches(n: number): void {
    const order = this.matchOrder;
    const product = this.matchProduct;
    for (let k = 1; k < n; k++) {
      const o = order[k];
      const p = product[k];
      let j = k - 1;
      for (; j >= 0 && order[j] > o; j--) {
        order[j + 1] = order[j];
        product[j + 1] = product[j];
      }
      order[j + 1] = o;
      product[j + 1] = p;
    }
  }
}

/**
 * Counts the distinct characters of several of the vocabulary's words, by marking each character seen
 * with the count's number instead of building a set per count.
 */
export class CharCounter {
  private readonly charsOf: Int32Array[];
  private readonly seen: Int32Array;
  private mark = 0;

  constructor(vocabulary: Vocabulary) {
    const chars = new Map<string, number>();
    this.charsOf = vocabulary.words.map((word) => {
      const ids: number[] = [];
      for (const c of word) {
        let id = chars.get(c);
        if (id === undefined) chars.set(c, (id = chars.size));
        ids.push(id);
      }
      return Int32Array.from(ids);
    });
    this.seen = new Int32Array(chars.size);
  }

  /** Whether the words (by id) cover at least `n` distinct characters; most fall short even counting repeats. */
  coverAtLeast(wordIds: readonly number[], n: number): boolean {
    let total = 0;
    for (const id of wordIds) total += this.charsOf[id].length;
    return total >= n && this.count(wordIds) >= n;
  }

  /** Distinct characters the words (by id) cover. */
  count(wordIds: readonly number[]): number {
    if (this.mark === 0x7fffffff) {
      this.seen.fill(0);
      this.mark = 0;
    }
    const mark = ++this.mark;
    let n = 0;
    for (const id of wordIds) {
      for (const c of this.charsOf[id]) {
        if (this.seen[c] === mark) continue;
        this.seen[c] = mark;
        n++;
      }
    }
    return n;
  }
}
