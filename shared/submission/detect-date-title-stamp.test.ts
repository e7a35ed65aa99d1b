// title-stamp: the day a site posted a report, written after the report's title on the title's line
// (五角场街道2015年工作总结和2016年工作安排 2016-03-07), dates the page when nothing stronger does
// (report-metadata.ts, titleStamp). Lines adapted from the real report of __fixtures__/real (wujiaochang-street-summary).
import { describe, expect, it } from 'vitest';
import { detectDate } from './detect-date';
import { titleStamp } from './report-metadata';

const paragraphs = (text: string) => text.split('\n').map((t, index) => ({ index, text: t }));

describe('title-stamp', () => {
  it.each([
    ['五角场街道2015年工作总结和2016年工作安排 2016-03-07', '2016-03-07'],
    ['关于2023年度法治政府建设情况的报告　2024-1-5', '2024-01-05'],
    ['区民政局巡察整改进展情况的通报  2022-11-30', '2022-11-30'],
    ['五角场街道2015年工作总结和2016年工作安排2016-03-07', '2016-03-07'],
  ])('reads %s (the space closed up in an import too)', (line, date) => expect(titleStamp(line)).toBe(date));

  it('dates a street’s summary whose title carries the day it was posted', () => {
    const text = [
      '五角场街道2015年工作总结和2016年工作安排 2016-03-07',
      '',
      '2015年,街道办事处在区委、区政府的正确领导下,团结带领社区广大干部群众,较好地完成了年初确定的各项目标任务。',
      '1月至10月救助各类困难对象9307人次。',
    ].join('\n');
    const found = detectDate(paragraphs(text), '2099-01-01');
    expect([found.date, found.dateSource]).toEqual(['2016-03-07', 'header']);
  });

  it('gives way to a date the report signs', () => {
    const text = ['街道2015年工作总结 2016-03-07', '2015年,街道办事处较好地完成了年初确定的各项目标任务，社区居民生活水平逐步提升。', '五角场街道办事处', '2016年2月20日'].join('\n');
    expect(detectDate(paragraphs(text), '2099-01-01').date).toBe('2016-02-20');
  });
});
