import { describe, expect, it } from 'vitest';
import { extractDeadlines } from './deadlines';
import { planYearFromTitle } from './plan-year';

describe('planYearFromTitle: the year a plan’s title names', () => {
  it.each([
    ['2025年开发区重点工作及责任清单', 2025],
    ['关于印发2023年政府工作报告重点工作任务分解的通知', 2023],
    ['2022年全市卫生健康工作要点', 2022],
    ['大竹县人民政府办公室关于对2016年民生实事进行重点督办的通知', 2016],
  ])('%s', (title, year) => {
    expect(planYearFromTitle(title)).toBe(year);
  });
});

describe('全年 as the whole time of a task', () => {
  it.each([
    ['推进项目建设。\n完成时限：全年', '2025-12-31'],
    ['做好值班值守（全年）', '2025-12-31'],
    ['推进项目建设。\n完成时限：全年推进', '2025-12-31'],
  ])('%s is due at the end of the plan’s year', (text, date) => {
    const found = extractDeadlines(text, { issuedOn: null, planYear: 2025 }).filter((d) => d.kind === 'by');
    expect(found.map((d) => d.date)).toEqual([date]);
  });

  it('takes the year from the date of issue first', () => {
    const found = extractDeadlines('完成时限：全年', { issuedOn: '2024-02-01', planYear: 2025 });
    expect(found.map((d) => d.date)).toEqual(['2024-12-31']);
  });
});
