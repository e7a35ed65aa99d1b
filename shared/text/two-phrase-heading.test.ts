import { describe, expect, it } from 'vitest';
import { headingBodyStart } from './heading-body';

// two-phrase-heading: a heading of two verb phrases whose second holds an object of four characters at most before the
// comma is one heading (「加强宣传教育提升安全素养」, 沪市监特种〔2023〕414号).
describe('two-phrase-heading: a short second phrase is the heading\'s own', () => {
  it.each([['（六）加强宣传教育提升安全素养，加强落实。'], ['（六）加强宣传教育提升安全素养，各地要加强落实。']])('%s', (piece) => {
    expect(headingBodyStart(piece)).toBeNull();
  });
});
