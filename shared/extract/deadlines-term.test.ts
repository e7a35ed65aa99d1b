import { describe, expect, it } from 'vitest';
import { extractDeadlines } from './deadlines';

const ctx = { issuedOn: '2022-07-25' };

// 政策执行至2022年底, 实施时限暂定至2022年底: how long a provision is in force; a period, not a due date.
describe('term of a provision', () => {
  it.each([
    ['岗位补贴按上年度最低工资标准的30%执行，政策执行至2022年底。', '2022-12-31'],
    ['企业职工基本养老保险缓缴期限执行到2022年底。', '2022-12-31'],
    ['执行期限延长至2023年6月30日。', '2023-06-30'],
    ['本措施执行期至2023年6月底。', '2023-06-30'],
    // the relief's own term, written with 实施时限 and a provisional 暂定 (成安县's 十条政策措施)
    ['单栋楼预售形象进度达到正负零，即可申请办理预售许可证，实施时限暂定至2022年底。', '2022-12-31'],
    ['缴存职工正常提取住房公积金，不受缓缴影响，实施时限暂定至 2022 年底。', '2022-12-31'],
    ['阶段性减免政策实施期限延长至2023年6月30日。', '2023-06-30'],
  ])('%s', (text, date) => {
    const found = extractDeadlines(text, ctx);
    expect(found.map((d) => [d.kind, d.date])).toEqual([['period', date]]);
  });
});
