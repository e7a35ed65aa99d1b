// closing-run-together-date: a signature's date line holding nothing but a date whose 年 and 月 were lost when the page was
// copied (20231120日) is that date. Lines adapted from the real report of __fixtures__/real (shuocheng-rural-office).
// Negative cases in report-layout-run-together-date.negative.test.ts.
import { describe, expect, it } from 'vitest';
import { detectDate } from './detect-date';
import { dateOnlyLine, withRunTogetherDay } from './report-layout';

const paragraphs = (lines: string[]) => lines.map((text, index) => ({ index, text }));

describe('closing-run-together-date', () => {
  it.each([
    ['alone on its line', '20231120日', '2023年11月20日'],
    ['padded with spaces', '                   20231120日', '2023年11月20日'],
    ['a date of the last century', '19991231日', '1999年12月31日'],
  ])('reads a run-together date %s', (_what, text, expected) => expect(withRunTogetherDay(text)).toBe(expected));

  it('a date-only line of one reads as that date', () => {
    expect(dateOnlyLine('                   20231120日')?.date).toBe('2023-11-20');
  });

  it('the report signed so is dated by its signature', () => {
    const lines = ['市委农村工作领导小组:', '', '根据通知要求,区委农村工作领导小组研究了推荐村名单。', '', '特此报告', '', '区委农村工作领导小组办公室', '', '                   20231120日'];
    const d = detectDate(paragraphs(lines), '2099-01-01');
    expect([d.date, d.dateSource]).toEqual(['2023-11-20', 'signature']);
  });
});
