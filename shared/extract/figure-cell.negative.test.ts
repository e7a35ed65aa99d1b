import { describe, expect, it } from 'vitest';
import { readLabelInSequence } from './numbered-title';

// figure-cell: a title whose number runs into its text is still read as the next item.
describe('figure-cell: titles stay titles', () => {
  it.each([
    ['4.2025年底前完成改造。', '4.'],
    ['4.5G基站建设。', '4.'],
    ['4.推进资源化利用。', '4.'],
  ])('%s', (line, label) => {
    expect(readLabelInSequence(line, 3)?.label).toBe(label);
  });
});
