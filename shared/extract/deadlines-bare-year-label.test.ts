import { describe, expect, it } from 'vitest';
import { extractDeadlines } from './deadlines';

const ctx = { issuedOn: '2024-04-02' };
const due = (text: string) => extractDeadlines(text, ctx).filter((d) => d.kind === 'by').map((d) => [d.text, d.date]);

// bare-year-label: after a time label, a year alone written without 年 (完成时限：2024, a table's 建设时间 cell read
// as 完成时限) is due at that year's end, as 2024年 is.
describe('bare-year-label: a year alone after a time label', () => {
  it.each([
    ['完成时限：2024', [['2024', '2024-12-31']]],
    ['建成唐塔北路延伸段道路。\n完成时限：2025', [['2025', '2025-12-31']]],
    ['时间节点：2024。', [['2024', '2024-12-31']]],
  ])('%s', (text, expected) => {
    expect(due(text)).toEqual(expected);
  });
});
