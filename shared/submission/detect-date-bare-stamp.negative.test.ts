// Negative cases of bare-stamp (see detect-date-bare-stamp.test.ts): a date with no clock time, a stamp beside other
// words, a date that does not exist, and a stamp below the body.
import { describe, expect, it } from 'vitest';
import { detectDate } from './detect-date';
import { bareStamp } from './report-metadata';

const paragraphs = (text: string) => text.split('\n').map((t, index) => ({ index, text: t }));

describe('bare-stamp: negative cases', () => {
  it.each([
    ['a date with no clock time', '2014-08-01'],
    ['a stamp beside a reader count', '2014-08-01 13:52 浏览次数:120'],
    ['a day that does not exist', '2014-02-30 13:52'],
    ['a clock time that does not exist', '2014-08-01 25:52'],
  ])('not %s', (_what, text) => expect(bareStamp(text)).toBeNull());

  it('does not date an item by a stamp far below its body', () => {
    const body = Array.from({ length: 14 }, (_, k) => `第${k + 1}段,镇政府通报了上半年工作完成情况。`);
    const text = ['李家镇人大召开政府半年工作通报会', ...body, '2014-08-01 13:52'].join('\n');
    expect(detectDate(paragraphs(text), '2099-01-01').dateSource).toBe('import');
  });
});
