// One helper asks the parser for measure texts' terms, for an import and for the re-reading in slices alike: only
// the texts not yet known are asked for, once each; what comes back is kept; a parser that fails leaves them to be
// segmented on this thread, as if never asked.
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../db/sqlite';
import { getIdList, getSetting, setIdList } from '../db/settings';
import { createInlineParser } from '../ingest/inline';
import type { FileParser } from '../ingest/pool';
import { charSegmenter } from './__fixtures__/stored-readings';
import { learnTerms } from './reading';

/** The inline parser, with each request for terms recorded. */
function recording(fail = false): { parser: FileParser; asked: string[][] } {
  const asked: string[][] = [];
  const inline = createInlineParser(charSegmenter);
  const parser: FileParser = {
    ...inline,
    terms: async (texts) => {
      asked.push(texts);
      if (fail) throw new Error('no segmenter');
      return inline.terms(texts);
    },
  };
  return { parser, asked };
}

describe('learning measure texts’ terms from the parser', () => {
  it('asks only for the texts not yet known, once each, and keeps what comes back', async () => {
    const { parser, asked } = recording();
    const known = new Map([['推进改革', ['推', '进', '改', '革']]]);
    expect(await learnTerms(parser, ['推进改革', '优化服务', '优化服务', '减税降费'], known)).toBe(true);
    expect(asked).toEqual([['优化服务', '减税降费']]);
    expect(known.get('减税降费')).toEqual(['减', '税', '降', '费']);
    // Nothing left to ask: the parser is not asked again.
    expect(await learnTerms(parser, ['优化服务'], known)).toBe(false);
    expect(asked).toHaveLength(1);
  });

  it('keeps nothing and says so where the parser fails', async () => {
    const { parser } = recording(true);
    const known = new Map<string, string[]>();
    expect(await learnTerms(parser, ['优化服务'], known)).toBe(false);
    expect(known.size).toBe(0);
  });
});

describe('settings that hold lists of ids', () => {
  it('read back what was written, and an empty list takes the setting away', () => {
    const db = openDatabase(':memory:');
    expect(getIdList(db, 'ids')).toEqual([]);
    setIdList(db, 'ids', [3, 1, 2]);
    expect(getIdList(db, 'ids')).toEqual([3, 1, 2]);
    setIdList(db, 'ids', []);
    expect(getSetting(db, 'ids')).toBeNull();
    expect(getIdList(db, 'ids')).toEqual([]);
    db.close();
  });
});
