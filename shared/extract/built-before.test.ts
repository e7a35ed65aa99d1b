import { describe, expect, it } from 'vitest';
import { extractDeadlines } from './deadlines';

const ctx = { issuedOn: '2026-04-27' };
const due = (text: string) => extractDeadlines(text, ctx).filter((d) => d.kind === 'by').map((d) => d.date);

// built-before: a date saying which buildings a measure covers is no due date (2026年奉贤区城市体检工作方案).
describe('built-before: a date qualifying what was built', () => {
  it.each([
    '重点选择网格内2000年底前建成的老旧小区和住房作为体检对象。',
    '对2000年以前建成的小区开展综合改造。',
    '排查2005年12月31日前竣工的既有玻璃幕墙建筑。',
    '对2010年底前投入使用的老旧电梯开展安全评估。',
  ])('%s', (text) => {
    expect(due(text)).toEqual([]);
  });
});
