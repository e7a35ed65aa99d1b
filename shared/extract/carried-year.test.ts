import { describe, expect, it } from 'vitest';
import { extractDeadlines } from './deadlines';

const due = (text: string, issuedOn: string | null = null) =>
  extractDeadlines(text, { issuedOn })
    .filter((d) => d.kind === 'by')
    .map((d) => d.date);

describe('carried-year: dates set by stages in one sentence take the year written on the first', () => {
  it.each([
    ['全省各部门预算内专项资金须于2017年6月底前下达60%以上、9月底前下达80%以上、11月底前全部下达到位。', ['2017-06-30', '2017-09-30', '2017-11-30']],
    ['2024年3月底前完成摸底，6月底前制定方案，年底前全面完成。', ['2024-03-31', '2024-06-30', '2024-12-31']],
    ['力争2025年6月底前完成主体工程，第三季度投入使用。', ['2025-06-30', '2025-09-30']],
  ])('%s', (text, dates) => {
    expect(due(text)).toEqual(dates);
  });

  it('prefers the year just written to the year of issue', () => {
    expect(due('2026年3月底前出台细则，9月底前完成评估。', '2025-12-20')).toEqual(['2026-03-31', '2026-09-30']);
  });
});
