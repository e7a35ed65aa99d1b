import { describe, expect, it } from 'vitest';
import { runOnItemStarts } from './run-on-items';

// A decimal begins no list, and one that is not the list's next number stays in its sentence.
describe('decimal-item: decimals that are no item', () => {
  it.each([
    ['截至2023年底。1.5亿元用于甲。2.5亿元用于乙。3.5亿元用于丙。'],
    ['1.推进改革。2.建设平台。5.5亿元用于配套。'],
  ])('%s', (text) => {
    expect(runOnItemStarts(text)).toEqual([]);
  });
});
