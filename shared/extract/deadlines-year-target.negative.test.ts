import { describe, expect, it } from 'vitest';
import { extractDeadlines } from './deadlines';

const ctx = { issuedOn: '2023-11-13' };

describe('year-target: negative cases', () => {
  it.each([
    // a year inside a name, not opening a clause
    '积极开展2023年新能源汽车下乡活动。',
    // a year already past when the policy is issued: a figure reached
    '2022年全省新建5G基站3万个，今年继续推进。',
    // a year with a span or a season after it
    '2023年以来，累计发放消费券1亿元。',
    '2024年起，每年新增托位1000个。',
    // no count or amount in the clause
    '2024年全面推行二手房交易“带押过户”。',
    // a year followed by 实现/完成/达到 is read by by-year-figure, which asks for a figure of its own kinds
    '2024年实现地区生产总值1200亿元。',
    // a rate, a standard or a tax rule for the year
    '2023年最低工资标准1970*30%=591元/月。',
    '2023年对生产、生活性服务业纳税人当前可抵扣进项税额继续分别按10%和15%加计抵减应纳税额。',
    // 本年度/今年 inside a clause, not opening it, or with a span after it
    '对符合条件的企业按本年度新增投资额的10%给予补贴。',
    '今年以来，住宅用地供应同比增长10%。',
    // a growth compared, not set: no figure of growth
    '2023年住宅用地供应保持稳定增长。',
  ])('%s', (text) => {
    expect(extractDeadlines(text, ctx).filter((d) => d.kind === 'by' && d.date !== null)).toEqual([]);
  });

  it('reads 年中 as the middle of the year, not its end', () => {
    expect(extractDeadlines('2024年中完成新增托位1000个。', ctx).map((d) => d.date)).not.toContain('2024-12-31');
  });
});
