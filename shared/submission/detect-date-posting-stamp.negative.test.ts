// Negative cases of posting-stamp (see detect-date-posting-stamp.test.ts).
import { describe, expect, it } from 'vitest';
import { detectDate } from './detect-date';
import { runTogetherStamp } from './report-metadata';

const paragraphs = (text: string) => text.split('\n').map((t, index) => ({ index, text: t }));

describe('posting-stamp: negative cases', () => {
  it.each([
    ['no clock time: a count or a code', '202111/22'],
    ['a month that does not exist', '202113/2215:11:21'],
    ['a day past the month’s end', '202302/2910:00:00'],
    ['an hour that does not exist', '202111/2225:11:21'],
    ['seven digits before the slash', '2021111/2215:11:21'],
    ['words around the stamp', '发布于202111/2215:11:21'],
    ['a stamp inside a sentence', '截至202111/2215:11:21,共受理投诉32件。'],
  ])('not %s', (_what, line) => {
    expect(runTogetherStamp(line)).toBeNull();
  });

  it('is not read in the body, below the report’s first sentence', () => {
    const text = '关于整改情况的报告\n市委、市政府高度重视整改工作,现将有关情况报告如下:一、加强组织领导,压实整改责任,全力推进各项整改任务落实到位。\n202111/2215:11:21';
    expect(detectDate(paragraphs(text), '2099-01-01').dateSource).toBe('import');
  });
});
