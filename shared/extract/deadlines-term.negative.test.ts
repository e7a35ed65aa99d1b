import { describe, expect, it } from 'vitest';
import { extractDeadlines } from './deadlines';

const ctx = { issuedOn: '2022-07-25' };

describe('term of a provision: negative cases', () => {
  it.each([
    // a duty to carry out by a day stays a due date
    ['2022年底前完成执行情况评估。', 'by', '2022-12-31'],
    ['于2022年12月31日前执行到位。', 'by', '2022-12-31'],
    // 至 without 执行 is read by the other rules
    ['力争到2022年底全面完成。', 'by', '2022-12-31'],
    // 实施 without its noun (实施时限, 实施期限) is a task carried out by a day
    ['组织实施到2022年底全面完成。', 'by', '2022-12-31'],
    ['争取2022年底房地产贷款余额总量较6月末有所上升。', 'by', '2022-12-31'],
  ])('%s', (text, kind, date) => {
    const found = extractDeadlines(text, ctx).filter((d) => d.date === date);
    expect(found.map((d) => d.kind)).toEqual([kind]);
  });
});
