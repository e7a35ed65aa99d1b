import { describe, expect, it } from 'vitest';
import { runOnItemStarts } from './run-on-items';

// A spaced figure is one number (「20 21 年」), and a space before a mark makes no list of numbers in a sentence.
describe('spaced-mark: spaces that number nothing', () => {
  it.each([
    // the halves of a spaced figure
    ['做好20 21 、20 22 、20 23 年的工作。'],
    // figures cited in a sentence, spaced
    ['完成1 、2 、3 月的报表。'],
    // a spaced decimal
    ['增长3 .5%。增长4 .5%。增长5 .5%。'],
  ])('%s', (text) => {
    expect(runOnItemStarts(text)).toEqual([]);
  });
});
