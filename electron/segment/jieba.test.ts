import { describe, expect, it } from 'vitest';
import { createSegmenter } from './jieba';

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
