// Negative cases of stamp-before-fields (see detect-date-stamp-before-fields.test.ts).
import { describe, expect, it } from 'vitest';
import { detectDate } from './detect-date';
import { leadingStamp } from './report-metadata';

const paragraphs = (text: string) => text.split('\n').map((t, index) => ({ index, text: t }));

describe('stamp-before-fields: negative cases', () => {
  it.each([
    ['no clock time', '2018-07-24来源:大众网'],
    ['no field after the stamp', '2018-07-24 15:33:00'],
    ['a sentence after the stamp', '2018-07-24 15:33 召开了全市审计工作会议'],
    ['a month that does not exist', '2018-13-24 15:33:00来源:大众网'],
    ['words before the stamp', '更新于2018-07-24 15:33:00来源:大众网'],
  ])('not %s', (_what, line) => expect(leadingStamp(line)).toBeNull());

  it('is not read below the report’s first sentence', () => {
    const text = '关于整改情况的报告\n市委、市政府高度重视整改工作,现将有关情况报告如下:一、加强组织领导,压实整改责任。\n2018-07-24 15:33:00来源:大众网';
    expect(detectDate(paragraphs(text), '2099-01-01').dateSource).toBe('import');
  });
});
