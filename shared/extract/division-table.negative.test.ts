import { describe, expect, it } from 'vitest';
import { headsTheTable } from './division-table';
import type { MeasureItem } from './policy-table';

// The heading-of-the-table rule must leave alone the measures a division table at the end divides: a measure with
// text of its own, even right above the table, and a bare title standing away from the table.
describe('a numbered line heading the table rows: negative cases', () => {
  it.each([
    ['a measure with text of its own right above the header', [6], 8, '推进医养结合', '推进医养结合。签约率达到100%。'],
    ['a bare title three paragraphs above the first row', [5], 8, '完善设施', '完善设施'],
    ['a measure of several paragraphs whose first lies well above the table', [2, 6], 8, '推进社区养老设施建设', '推进社区养老设施建设'],
    ['an item with no paragraph', [], 8, '完善设施', '完善设施'],
  ])('%s', (_, paragraphs, tableStart, title, text) => {
    expect(headsTheTable({ label: '1.', value: 1, section: null, title, text, paragraphs } as MeasureItem, tableStart)).toBe(false);
  });
});
