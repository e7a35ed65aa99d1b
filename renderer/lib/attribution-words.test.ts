import { describe, expect, it } from 'vitest';
import { attributionWords } from './attribution-words';

describe('attributionWords', () => {
  it.each([
    [{ basis: 'doc-number', evidence: '市中政办发〔2021〕14号' }, '引用文号 市中政办发〔2021〕14号'],
    [{ basis: 'title', evidence: '关于促进民营经济发展的若干措施' }, '引用标题《关于促进民营经济发展的若干措施》'],
    // a title cited with its own book-title marks is not wrapped twice
    [{ basis: 'title', evidence: '《关于促进民营经济发展的若干措施》' }, '引用标题《关于促进民营经济发展的若干措施》'],
    [{ basis: 'content', evidence: '标准地、出让' }, '内容相近：标准地、出让'],
    [{ basis: 'content', evidence: '' }, '内容相近'],
    [{ basis: 'only-policy', evidence: '' }, '工作区只有一项政策'],
    [{ basis: 'office', evidence: 'anything' }, '人工指定'],
    [{ basis: 'doc-number', evidence: '  ' }, '引用文号'],
  ] as const)('%o → %s', (a, words) => {
    expect(attributionWords(a)).toBe(words);
  });
});
