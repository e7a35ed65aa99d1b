// The segmenter adapter: nodejieba behind a function from text to tokens with offsets.
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { resourcePath } from '../paths';

export interface Token {
  text: string;
  start: number;
  end: number;
}

export interface Segmenter {
  /** Precise segmentation, every character covered, with offsets into the input. */
  cut(text: string): Token[];
  /** Words for indexing and matching: fine-grained and compound words, no punctuation or spaces. */
  terms(text: string): string[];
  /** Only the words the text uses as words (the precise cut, no punctuation): no parts of longer words. */
  words(text: string): string[];
}

interface Jieba {
  load(options: { dict?: string; hmmDict?: string; idfDict?: string; stopWordDict?: string; userDict?: string }): unknown;
  DEFAULT_DICT: string;
  DEFAULT_HMM_DICT: string;
  DEFAULT_IDF_DICT: string;
  DEFAULT_STOP_WORD_DICT: string;
  cut(text: string, hmm?: boolean): string[];
  cutForSearch(text: string, hmm?: boolean): string[];
}

const require = createRequire(import.meta.url);
let loaded: Jieba | null = null;

/** Loads nodejieba once per process with the domain dictionary (department names and policy terms). */
function jieba(): Jieba {
  if (loaded) return loaded;
  const lib = require('nodejieba') as Jieba;
  const userDict = resourcePath('dict', 'luoshi.dict.utf8');
  // In a packaged app the dictionaries are unpacked next to the asar archive, where the native loader can read them.
  const outside = (p: string) => p.replace(/app\.asar(?=[\\/])/, 'app.asar.unpacked');
  lib.load({
    dict: outside(lib.DEFAULT_DICT),
    hmmDict: outside(lib.DEFAULT_HMM_DICT),
    idfDict: outside(lib.DEFAULT_IDF_DICT),
    stopWordDict: outside(lib.DEFAULT_STOP_WORD_DICT),
    ...(existsSync(userDict) ? { userDict } : {}),
  });
  loaded = lib;
  return lib;
}

/** Whether this thread has loaded jieba's dictionary (it loads on the first cut of any segmenter here). */
export function dictionaryLoaded(): boolean {
  return loaded !== null;
}

const WORD = /[\p{L}\p{N}]/u;
const ALNUM = /^[0-9A-Za-z.%]+$/;

/** jieba splits digit runs into single digits; glue ASCII letter/digit runs back into one token. */
function mergeAsciiRuns(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    const prev = out[out.length - 1];
    if (prev && prev.end === t.start && ALNUM.test(prev.text) && ALNUM.test(t.text)) {
      out[out.length - 1] = { text: prev.text + t.text, start: prev.start, end: t.end };
    } else {
      out.push(t);
    }
  }
  return out;
}

function withOffsets(text: string, words: string[]): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  for (const w of words) {
    const start = text.indexOf(w, at);
    if (start < 0) continue;
    tokens.push({ text: w, start, end: start + w.length });
    at = start + w.length;
  }
  return tokens;
}

// A long word's dictionary parts, remembered: the same words come back report after report, and each is a call
// into the native library. Forgotten all at once past a bound, so memory stays small.
const PARTS_KEPT = 50_000;
const parts = new Map<string, string[]>();

function partsOf(lib: Jieba, word: string): string[] {
  let found = parts.get(word);
  if (found) return found;
  found = lib.cutForSearch(word, true).filter((part) => part !== word && part.length > 1);
  if (parts.size >= PARTS_KEPT) parts.clear();
  parts.set(word, found);
  return found;
}

export function isWordToken(s: string): boolean {
  return WORD.test(s);
}

/** What of each measure is segmented for matching reports against it: its title and text. */
export function measureTexts(measures: readonly { title: string; text: string }[]): string[] {
  return measures.map((m) => `${m.title}\n${m.text}`);
}

/**
 * The dictionary (about 250 MB, never given back) loads on the first cut, not here: a host whose files are
 * segmented by the import pool's threads may never need its own.
 */
export function createSegmenter(): Segmenter {
  return {
    cut(text) {
      return mergeAsciiRuns(withOffsets(text, jieba().cut(text, true)));
    },
    terms(text) {
      const lib = jieba();
      const out: string[] = [];
      for (const t of mergeAsciiRuns(withOffsets(text, lib.cut(text, true)))) {
        const word = t.text.trim();
        if (!word || !isWordToken(word)) continue;
        // Long words also contribute their dictionary parts, so that 养老 finds 养老机构.
        if (word.length > 2 && !ALNUM.test(word)) for (const part of partsOf(lib, word)) out.push(part);
        out.push(word);
      }
      return out;
    },
    words(text) {
      return mergeAsciiRuns(withOffsets(text, jieba().cut(text, true)))
        .map((t) => t.text.trim())
        .filter((w) => w && isWordToken(w));
    },
  };
}
