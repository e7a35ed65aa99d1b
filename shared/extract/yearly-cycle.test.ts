import { describe, expect, it } from 'vitest';
import { extractDeadlines } from './deadlines';

const ctx = { issuedOn: '2024-10-10' };

// yearly-cycle: a bare 年末 among 年初/年中 steps comes round every year (嘉定区海绵城市建设实施方案, 2024).
describe('yearly-cycle: a year-end step of a yearly cycle', () => {
  it.each(['强化前期自查、年中指导、年末检查。', '坚持年初部署、年中督查、年底考核。', '实行年中评估和年末考核。'])('%s', (text) => {
    const found = extractDeadlines(text, ctx);
    expect(found.filter((d) => d.kind === 'by')).toEqual([]);
    expect(found.some((d) => d.kind === 'annual')).toBe(true);
  });
});
