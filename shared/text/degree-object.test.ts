import { describe, expect, it } from 'vitest';
import { headingBodyStart } from './heading-body';

// degree-object: 加大 and 加快 take the degree closing the phrase as their object (「加大…排查整治力度」,
// 沪市监特种〔2022〕27号): the nouns before it are what the degree is of, and the heading is never cut at one of them.
describe('degree-object: a heading of 加大…力度 is whole', () => {
  it.each([
    ['（三）加大燃气器具等产品质量安全风险和重大隐患排查整治力度。'],
    ['（三）加大燃气器具等产品质量安全风险和重大隐患排查整治力度，加强落实。'],
    ['（二）加快老旧小区消防设施改造建设步伐。'],
  ])('%s', (piece) => {
    expect(headingBodyStart(piece)).toBeNull();
  });
});
