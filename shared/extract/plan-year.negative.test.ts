import { describe, expect, it } from 'vitest';
import { extractDeadlines } from './deadlines';
import { planYearFromTitle } from './plan-year';

describe('planYearFromTitle: titles that name no single year', () => {
  it.each([
    '东阳市促进残疾人就业行动实施方案(2023—2025年)',
    '加快推进教育现代化实施方案（2019-2022年）',
    '关于贯彻落实2019年和2020年工作部署的意见',
    '关于贯彻落实国办发〔2024〕5号文件的实施方案',
    '上海市财政局政务公开工作规定',
  ])('%s', (title) => {
    expect(planYearFromTitle(title)).toBeNull();
  });
});

describe('全年 that is no time of a task', () => {
  it.each([
    '力争全年盘活僵尸企业10家，盘活存量土地400亩。',
    '全年GDP增长6%左右。',
    '确保完成全年目标任务。',
  ])('%s', (text) => {
    const found = extractDeadlines(text, { issuedOn: null, planYear: 2025 }).filter((d) => d.text.includes('全年'));
    expect(found).toEqual([]);
  });

  it('gives no date when neither the issue nor the title names a year', () => {
    expect(extractDeadlines('完成时限：全年', { issuedOn: null }).map((d) => d.date)).toEqual([null]);
  });
});
