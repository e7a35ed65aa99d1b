import { describe, expect, it } from 'vitest';
import { readLabel } from './policy-numbering';

describe('full-stop-number: negative cases', () => {
  it.each([
    // a figure alone before the stop (a table's cell, a page's number)
    '1。',
    // a figure that ends a sentence is no label: what follows is no item's text
    '2020。',
    '100。123',
    // a decimal written with the stop
    '3。5万元',
  ])('reads no label in %s', (line) => {
    expect(readLabel(line)).toBeNull();
  });
});
