import { describe, expect, it } from 'vitest';
import { groupByDocument, highlightTerms, makeSnippet, MARK_END, MARK_START, matchRanges, type TextToken } from './snippet';

const m = (s: string) => MARK_START + s + MARK_END;

describe('highlightTerms', () => {
  it.each([
    ['推进养老机构改革', ['养老'], `推进${m('养老')}机构改革`],
    ['养老机构与养老服务', ['养老机构', '养老'], `${m('养老机构')}与${m('养老')}服务`],
    ['没有命中', ['养老'], '没有命中'],
  ])('%s', (text, terms, expected) => {
    expect(highlightTerms(text, terms)).toBe(expected);
  });
});

describe('makeSnippet', () => {
  it('centres on the first match and marks cut ends', () => {
    const text = '甲'.repeat(100) + '信用信息' + '乙'.repeat(100);
    const s = makeSnippet(text, ['信用'], 10);
    expect(s.startsWith('…')).toBe(true);
    expect(s.endsWith('…')).toBe(true);
    expect(s).toContain(m('信用'));
  });
});

describe('matchRanges', () => {
  // the words of a text as a segmenter cut it, each with its offsets
  const cut = (words: string[]): TextToken[] => {
    let at = 0;
    return words.map((w) => ({ text: w, start: at, end: (at += w.length) }));
  };
  const words = ['在', '前期', '系统', '联通', '的', '基础', '上', '，', '12', '月底', '前', '，', '提升'];
  const text = words.join('');
  const marked = (ranges: [number, number][]) => ranges.map(([a, b]) => text.slice(a, b));

  it('marks the whole query where it stands, and not a term inside a longer word (the 前 of 前期)', () => {
    expect(marked(matchRanges(text, cut(words), ['12', '月底', '前'], '12月底前'))).toEqual(['12月底前']);
  });

  it('marks the words of the query the text uses as words where the whole query is not there', () => {
    const other = ['前', '款', '所', '列', '，', '月底', '完成', '，', '在', '前期'];
    const t = other.join('');
    const ranges = matchRanges(t, cut(other), ['12', '月底', '前'], '12月底前');
    expect(ranges.map(([a, b]) => t.slice(a, b))).toEqual(['前', '月底']);
    expect(ranges.some(([a]) => t.slice(a).startsWith('前期'))).toBe(false);
  });

  it('marks nothing where no word of the text is a term', () => {
    expect(matchRanges('在前期系统联通', cut(['在', '前期', '系统', '联通']), ['12', '月底', '前'], '12月底前')).toEqual([]);
  });

  it('makeSnippet marks only the ranges given', () => {
    const snippet = makeSnippet(text, ['12', '月底', '前'], 40, matchRanges(text, cut(words), ['12', '月底', '前'], '12月底前'));
    expect(snippet).toContain(`${MARK_START}12月底前${MARK_END}`);
    expect(snippet).toContain('在前期');
    expect(snippet.split(MARK_START).length).toBe(2);
  });
});

describe('groupByDocument', () => {
  it('puts the hits of one document together, documents in the order of their best hit, paragraphs in text order', () => {
    const hits = [
      { documentId: 2, paragraph: 9 },
      { documentId: 1, paragraph: 4 },
      { documentId: 2, paragraph: 3 },
      { documentId: 3, paragraph: 0 },
      { documentId: 1, paragraph: 1 },
    ];
    expect(groupByDocument(hits)).toEqual([
      [{ documentId: 2, paragraph: 3 }, { documentId: 2, paragraph: 9 }],
      [{ documentId: 1, paragraph: 1 }, { documentId: 1, paragraph: 4 }],
      [{ documentId: 3, paragraph: 0 }],
    ]);
  });
});
