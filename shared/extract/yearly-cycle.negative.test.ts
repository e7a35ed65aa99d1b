import { describe, expect, it } from 'vitest';
import { extractDeadlines } from './deadlines';

const ctx = { issuedOn: '2024-10-10' };
const due = (text: string) => extractDeadlines(text, ctx).filter((d) => d.kind === 'by').map((d) => d.date);

// yearly-cycle: a year-end of its own, or with its year, stays a due date.
describe('yearly-cycle: due dates stay due', () => {
  it.each([
    ['年底前完成年度考核。', '2024-12-31'],
    ['2025年底前全面完成改造。', '2025-12-31'],
    ['年中开展督查，年底前完成整改。', '2024-12-31'],
  ])('%s', (text, date) => {
    expect(due(text)).toEqual([date]);
  });
});
