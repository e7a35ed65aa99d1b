import { describe, expect, it } from 'vitest';
import { extractDeadlines } from './deadlines';

const ctx = { issuedOn: '2026-04-27' };
const due = (text: string) => extractDeadlines(text, ctx).filter((d) => d.kind === 'by').map((d) => d.date);

// built-before: a date followed by the work to be done stays a due date.
describe('built-before: due dates stay due', () => {
  it.each([
    ['2026年底前建成一批口袋公园。', '2026-12-31'],
    ['2026年6月底前完成老旧小区改造。', '2026-06-30'],
    ['确保2027年底前建成投用。', '2027-12-31'],
    ['力争2026年10月底前竣工验收。', '2026-10-31'],
  ])('%s', (text, date) => {
    expect(due(text)).toEqual([date]);
  });
});
