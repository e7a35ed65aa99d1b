// run-together-stamp: a website's time stamp run onto the field before it, the space between them lost
// (信息来源:国民经济综合处时间:2022-01-20 14:58:18), is a field of its own (report-layout.ts, headerFields).
import { describe, expect, it } from 'vitest';
import { detectDate } from './detect-date';
import { headerFields } from './report-layout';

describe('run-together-stamp', () => {
  it.each([
    ['信息来源:国民经济综合处时间:2022-01-20 14:58:18', [['信息来源', '国民经济综合处'], ['时间', '2022-01-20 14:58:18']]],
    ['来源：县财政局日期：2023年5月6日 10:30', [['来源', '县财政局'], ['日期', '2023年5月6日 10:30']]],
  ])('reads %s as two fields', (line, fields) => {
    expect(headerFields(line).map((f) => [f.label, f.value])).toEqual(fields);
  });

  it('dates a report whose publication line ran together', () => {
    const text = ['广东省2021年国民经济和社会发展计划执行情况与2022年计划草案的报告', '信息来源:国民经济综合处时间:2022-01-20 14:58:18', '一、2021年国民经济和社会发展计划执行情况', '2021年,全省较好完成年度主要目标任务。'];
    const found = detectDate(text.map((t, index) => ({ index, text: t })), '2099-01-01');
    expect([found.date, found.dateSource]).toEqual(['2022-01-20', 'header']);
  });
});
