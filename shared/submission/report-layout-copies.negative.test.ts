// Negative cases of the rules for copies other sites made: only toned pinyin in brackets is dropped, only a date with
// a valid month and day written with dots reads as a date, and only a tail of names and a date ends a run-together file.
import { describe, expect, it } from 'vitest';
import { detectDate } from './detect-date';
import { withClosingTail, withDottedDates, withoutPinyinGlosses } from './report-layout';

describe('withoutPinyinGlosses: negative cases', () => {
  it.each([
    ['an abbreviation in brackets', '国内生产总值(GDP)增长5%'],
    ['a list mark in brackets', '其中(a)项已完成'],
    ['pinyin with no tone mark', '拼音(pin)'],
    ['a toned word after Latin letters, not a character', 'Beijing(běijīng)'],
    ['Chinese in brackets', '县发展和改革局（县粮食和物资储备局）'],
  ])('keeps %s', (_what, text) => expect(withoutPinyinGlosses(text)).toBe(text));
});

describe('withDottedDates: negative cases', () => {
  it.each([
    ['a version number', '系统升级到2.3.1版'],
    ['a year and month only', '截至2018.06底'],
    ['a month that does not exist', '2018.13.05'],
    ['a day that does not exist', '2018.06.32'],
    ['a longer dotted number', '编号2018.06.15.01'],
    ['a decimal amount', '投入资金2018.56万元'],
  ])('keeps %s', (_what, text) => expect(withDottedDates(text)).toBe(text));
});

describe('withClosingTail: negative cases', () => {
  const one = (text: string) => [{ index: 0, text }];
  it.each([
    ['a last line ending on its sentence', '确保顺利通过验收。'],
    ['a tail that is only a date, no signature', '确保顺利通过验收。 2018.06.15'],
    ['a tail with words that are no name', '确保顺利通过验收。 下一步我们将于2018年6月15日前完成'],
    ['a tail in brackets that is not a signature', '确保顺利通过验收。（此件公开发布）'],
  ])('keeps %s', (_what, text) => expect(withClosingTail(one(text))).toEqual(one(text)));

  it('a date in the body’s last sentence is no signature date', () => {
    const paragraphs = ['区民政局工作总结', '我局于2018年6月15日召开专题会议。 会议由局长主持。'].map((text, index) => ({ index, text }));
    expect(detectDate(paragraphs, '2099-01-01').dateSource).toBe('import');
  });
});
