import { describe, expect, it } from 'vitest';
import { extractPolicy } from '../extract/policy';
import { bareForQuotes, policyTargets, quotedTargetPolicy } from './quoted-target';

const extract = (lines: string[]) => extractPolicy({ paragraphs: lines.map((text, index) => ({ index, text })) });
const district = extract([
  '序号 | 重点工作任务 | 主要责任单位 |',
  '1 | 地区生产总值增长6.5%左右。 | 区发改委 |',
  '2 | 一般公共预算收入增长5%左右。 | 区财政局 |',
  '3 | 固定资产投资增长7.5%左右。 | 区发改委 |',
]);
const city = extract([
  '序号 | 目标与任务 | 牵头责任单位 |',
  '(1) | 地区生产总值增长6%以上。 | 市发展改革委 |',
  '(2) | 固定资产投资增长6%左右。 | 市发展改革委 |',
  '(3) | 单位GDP能耗和主要污染物减排完成省下达指标。 | 市发展改革委 |',
]);

// quoted-target: a progress table quotes the targets of its division whole, figure and all; the same words with
// another figure are another policy's target.
describe('quoted-target: the targets a report quotes whole, figures and all', () => {
  it('takes a policy’s measures that hold a figure as its targets', () => {
    expect(policyTargets(district)).toEqual(['地区生产总值增长6.5%左右', '一般公共预算收入增长5%左右', '固定资产投资增长7.5%左右']);
    expect(policyTargets(city)).toEqual(['地区生产总值增长6%以上', '固定资产投资增长6%左右']);
  });

  it('finds the one policy whose targets a progress table quotes, not the one with the same words and other figures', () => {
    const policies = [
      { id: 1, targets: policyTargets(district) },
      { id: 2, targets: policyTargets(city) },
    ];
    const table = ['序号', '考核指标', '进展情况', '1', '地区生产总值增长6.5%左右。', '1-9月份增长6.1%。', '2', '固定资产投资增长7.5%左右。', '1-9月份增长8%。'].join('\n');
    expect(quotedTargetPolicy(table, policies)?.id).toBe(1);
    expect(quotedTargetPolicy('1 | 地区生产总值增长6%以上。 | 市发展改革委 | 一季度增长7.1%。 |\n2 | 固定资产投资增长6%左右。 | 市发展改革委 | 一季度增长2.4%。 |', policies)?.id).toBe(2);
  });

  it('finds a target whose cell a figure ran onto, the row as the copy joined it', () => {
    const policies = [{ id: 1, targets: policyTargets(district) }];
    expect(quotedTargetPolicy('1 | 地区生产总值增长6.5%左右。 |\n姚婷婷\n0558-5522863固定资产投资增长7.5%左右。', policies)?.id).toBe(1);
  });

  it('reads a figure written with full-width marks as the same figure', () => {
    expect(bareForQuotes('地区生产总值增长６．５％左右。')).toBe('地区生产总值增长6.5%左右');
    expect(bareForQuotes('地区生产总值增长6．5％左右。')).toBe(policyTargets(district)[0]);
  });
});
