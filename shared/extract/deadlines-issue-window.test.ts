import { describe, expect, it } from 'vitest';
import { extractDeadlines } from './deadlines';

const ctx = { issuedOn: '2022-05-21' };

// 自本意见印发之日起至…: how long a provision applies, from the date of issue; a period, not a due date.
describe('period from issue', () => {
  it.each([
    ['自本意见印发之日起至2023年12月31日前，新取得的土地可不配建公租房。', '2023-12-31'],
    ['自本通知发布之日起至2022年12月31日，购房可申请补贴。', '2022-12-31'],
    ['自本措施施行之日起至2023年6月底，暂停执行限售政策。', '2023-06-30'],
    ['自本方案印发之日起到12月31日止，开展专项整治。', '2022-12-31'],
  ])('%s', (text, date) => {
    const found = extractDeadlines(text, ctx);
    expect(found.map((d) => [d.kind, d.date])).toEqual([['period', date]]);
    expect(found.filter((d) => d.kind === 'by')).toEqual([]);
  });
});
