// masthead-issue: a bulletin's masthead line giving the compiler, the number and the date (暖泉街道办事处 第10期
// 2013年3月22日) names who compiled it and when, its spaces kept or lost in an import (report-layout.ts, readMasthead).
// Lines adapted from the real report of __fixtures__/real (nuanquan-street-bulletin).
import { describe, expect, it } from 'vitest';
import { defaultDirectory } from '../extract/departments';
import { detectDate } from './detect-date';
import { detectDepartments } from './detect-departments';
import { readMasthead } from './report-layout';

const paragraphs = (text: string) => text.split('\n').map((t, index) => ({ index, text: t }));

describe('masthead-issue', () => {
  it.each([
    ['暖泉街道办事处 第10期 2013年3月22日', '暖泉街道办事处', '2013-03-22'],
    ['暖泉街道办事处第10期2013年3月22日', '暖泉街道办事处', '2013-03-22'],
    ['县政府督查室　第 5 期　2021年6月8日', '县政府督查室', '2021-06-08'],
    ['区教育局办公室 第十二期', '区教育局办公室', null],
  ])('reads %s', (line, name, date) => expect(readMasthead(line)).toEqual({ name, date }));

  it('reads the bulletin as the street office’s, dated by its masthead', () => {
    const text = '暖 泉 督 查\n暖泉街道办事处 第10期 2013年3月22日\n暖泉办事处环境卫生整治进展情况\n在市委、市政府的领导下,暖泉办事处通过积极工作…,现将环境卫生开展情况汇报如下:';
    const found = detectDepartments(paragraphs(text), { directory: defaultDirectory(), policyDepartments: [] });
    expect(found.rawDepartments).toEqual(['暖泉街道办事处']);
    const date = detectDate(paragraphs(text), '2099-01-01');
    expect([date.date, date.dateSource]).toEqual(['2013-03-22', 'header']);
  });
});
