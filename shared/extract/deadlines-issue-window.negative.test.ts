import { describe, expect, it } from 'vitest';
import { extractDeadlines } from './deadlines';

const ctx = { issuedOn: '2022-05-21' };

describe('period from issue: negative cases', () => {
  it.each([
    // a due date with no window before it stays a due date
    ['2022年12月31日前完成专项整治。', 'by', '2022-12-31'],
    // counted from something other than the provision's own issue: a due date
    ['自项目开工之日起至2022年12月31日前完成主体工程。', 'by', '2022-12-31'],
    // a window between two dates is a period of its own kind
    ['2022年4月25日至2022年12月31日，给予契税补贴。', 'period', '2022-12-31'],
  ])('%s', (text, kind, date) => {
    const found = extractDeadlines(text, ctx).filter((d) => d.date === date);
    expect(found.map((d) => d.kind)).toEqual([kind]);
  });
});
