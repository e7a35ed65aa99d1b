import { describe, expect, it } from 'vitest';
import { extractDeadlines } from './deadlines';

const ctx = { issuedOn: '2023-11-13' };

// A year opening a clause that sets a count or an amount for it: the figure is due at that year's end.
describe('year-target: a figure set for a year falls due at its end', () => {
  it.each([
    ['加快筹建保障性租赁住房，2023年新增筹建保障性租赁住房不少于22万套（间）。', '2023-12-31'],
    ['力争2023年新建4万个5G基站。', '2023-12-31'],
    ['2023年开展“粤菜师傅”培训4万人次以上。', '2023-12-31'],
    ['2023年面向在广东消费的居民和游客发放1亿元文旅消费券，提供100万张景区优惠门票。', '2023-12-31'],
    ['2024年为不少于2.2万户特殊困难老年人家庭开展适老化改造。', '2024-12-31'],
    ['力争2023年休闲农业和乡村旅游年接待人数超1.5亿人次。', '2023-12-31'],
    // 中 opening a word (中心城区) is no 年中
    ['力争2023年中心城区重点商圈便利化支付环境改造率达100%。', '2023-12-31'],
    // a rate of growth set for the year
    ['2024年社会消费品零售总额增长6%以上。', '2024-12-31'],
    // 本年度 and 今年: the year of issue
    ['合理控制住宅用地规模和时序，本年度住宅用地供应同比增长10%以上。', '2023-12-31'],
    ['今年新增筹建保障性租赁住房不少于2万套。', '2023-12-31'],
  ])('%s', (text, date) => {
    const found = extractDeadlines(text, ctx).filter((d) => d.kind === 'by');
    expect(found.map((d) => d.date)).toEqual([date]);
  });
});
