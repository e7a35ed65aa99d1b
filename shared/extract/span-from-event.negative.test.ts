import { describe, expect, it } from 'vitest';
import { extractDeadlines } from './deadlines';
import { refineDeadlines } from './relative-deadlines';

const read = (text: string) =>
  refineDeadlines(text, extractDeadlines(text, { issuedOn: '2025-09-26' }), { issuedOn: '2025-09-26', startYear: 2025 })
    .filter((d) => d.kind === 'by')
    .map((d) => d.date);

describe('span-from-event: negative cases', () => {
  it.each([
    // from a year: that year's span
    ['2025年起3年内完成改造。', '2027-12-31'],
    // from the policy's own issue
    ['自本意见印发之日起2年内完成清理。', '2026-12-31'],
    // a span opening its clause counts from the year of issue
    ['力争3年内建成示范区。', '2027-12-31'],
  ])('%s', (text, date) => {
    expect(read(text)).toEqual([date]);
  });
});
