import { describe, expect, it } from 'vitest';
import { packTerms, unpackTerms } from './protocol';

describe('terms packed to cross between threads', () => {
  it.each([
    ['words', [['区市场监管局', '市场', '监管'], ['落实']]],
    ['a paragraph without terms among others', [['落实'], [], ['报告']]],
    ['no paragraphs', []],
  ])('%s come back as they went, one string a paragraph', (_, terms) => {
    const packed = packTerms(terms);
    expect('joined' in packed).toBe(true);
    expect(unpackTerms(packed)).toEqual(terms);
  });

  it.each([
    ['a term with a space inside', [['COVID 19', '防控']]],
    ['an empty term', [['落实', '']]],
  ])('%s: the lists go as they are', (_, terms) => {
    const packed = packTerms(terms);
    expect('lists' in packed).toBe(true);
    expect(unpackTerms(packed)).toEqual(terms);
  });
});
