import { describe, expect, it } from 'vitest';
import { createSegmenter } from './jieba';
import { sharedTerms } from '../../shared/search/shared-terms';

const seg = createSegmenter();

describe('segmenter (nodejieba with the domain dictionary)', () => {
  it.each(['放管服', '告知承诺制', '免申即享', '双随机、一公开', '标准地', '一窗受理', '跨省通办', '区人力资源和社会保障局'])(
    'keeps the domain term %s as one token',
    (term) => {
      const tokens = seg.cut(`深入推进${term}改革工作`).map((t) => t.text);
      expect(tokens).toContain(term);
    },
  );

  it('gives offsets that point back into the input', () => {
    const text = '12月底前，全区培训200名养老护理员。';
    for (const t of seg.cut(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('keeps a run of digits as one token', () => {
    expect(seg.cut('培训1000名学徒').map((t) => t.text)).toContain('1000');
  });

  it('indexes compound words with their two-character parts and no punctuation', () => {
    const terms = seg.terms('推进养老机构改革，提升信用信息归集。');
    expect(terms).toEqual(expect.arrayContaining(['养老', '养老机构', '信用', '信息']));
    expect(terms.some((t) => /[，。]/.test(t))).toBe(false);
  });
});

describe('words and shared terms', () => {
  it('gives the words a text uses as words, without the parts of longer words', () => {
    expect(seg.words('加大财政资金支持力度')).toEqual(['加大', '财政资金', '支持', '力度']);
    expect(seg.words('进一步深化放管服改革。')).toEqual(['进一步', '深化', '放管服', '改革']);
  });

  it.each([
    // 政资 is only a part of 财政资金 on one side; 一步 only a part of 进一步 on the other.
    ['推进政资公开，进一步优化服务', '加大财政资金支持，下一步优化服务', ['优化', '服务'], ['政资', '一步']],
    ['完善养老机构委托运营', '养老机构委托运营已覆盖全区', ['养老机构', '委托', '运营'], ['养老', '机构']],
  ])('shared terms of %s and %s', (measure, response, shared, never) => {
    const terms = sharedTerms(seg.words(measure), seg.words(response));
    expect(terms).toEqual(expect.arrayContaining(shared));
    for (const t of never) expect(terms).not.toContain(t);
  });
});
