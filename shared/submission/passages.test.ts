import { describe, expect, it } from 'vitest';
import { bigramTokens } from './__fixtures__/bigrams';
import { locateTokens, splitPassages } from './passages';

describe('locateTokens', () => {
  it('finds compounds a search-mode segmenter emits after their parts', () => {
    const text = '精准实施社会救助。充分利用社会救助平台';
    const tokens = ['精准', '实施', '社会', '救助', '社会救助', '充分', '利用', '充分利用', '社会', '救助', '社会救助', '平台'];
    expect(locateTokens(text, tokens)).toEqual([0, 2, 4, 6, 4, 9, 11, 9, 13, 15, 13, 17]);
  });
  it('walks overlapping bigrams of a repeated character', () => {
    expect(locateTokens('常常常', ['常常', '常常'])).toEqual([0, 1]);
  });
  it('does not jump to a far-off occurrence of a token that is not near', () => {
    const text = '甲乙丙丁' + '。'.repeat(60) + '戊己';
    expect(locateTokens(text, ['甲乙', '戊己', '丙丁'])).toEqual([0, 0, 2]);
  });
});

describe('splitPassages', () => {
  it('merges short sentences and gives each passage its tokens', () => {
    const text = '一是开展价格检查，查实重复收费问题两起。二是排查转供电主体，依法查处价格违法行为。';
    const passages = splitPassages(text, bigramTokens(text), 10);
    expect(passages.map((p) => text.slice(p.start, p.end))).toEqual(['一是开展价格检查，查实重复收费问题两起。', '二是排查转供电主体，依法查处价格违法行为。']);
    expect(passages[1].tokens).toContain('转供');
    expect(passages[0].tokens).not.toContain('转供');
  });
  it('keeps a short paragraph whole', () => {
    expect(splitPassages('短句。', ['短句'], 30)).toEqual([{ start: 0, end: 3, tokens: ['短句'] }]);
  });
  it('keeps whole a paragraph shorter than two passages, whatever its sentences', () => {
    const text = '一是开展价格检查。二是排查转供电主体。三是依法查处。';
    const tokens = bigramTokens(text);
    expect(splitPassages(text, tokens, 15)).toEqual([{ start: 0, end: text.length, tokens }]);
    // long enough for two passages, it splits at its sentences
    expect(splitPassages(text, tokens, 9)).toHaveLength(2);
  });
  it('gives no passage for an empty paragraph', () => {
    expect(splitPassages('', [], 30)).toEqual([]);
  });
});
