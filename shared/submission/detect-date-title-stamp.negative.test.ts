// Negative cases of title-stamp (see detect-date-title-stamp.test.ts).
import { describe, expect, it } from 'vitest';
import { detectDate } from './detect-date';
import { titleStamp } from './report-metadata';

const paragraphs = (text: string) => text.split('\n').map((t, index) => ({ index, text: t }));

describe('title-stamp: negative cases', () => {
  it.each([
    ['a label of the site’s fields', '发布时间 2016-03-07'],
    ['a labelled publication line', '信息来源：区政府办公室 发布日期 2016-03-07'],
    ['a sentence ending on a date', '全年工作总结已上报，截至 2016-03-07'],
    ['a line that is no kind of report', '五角场街道社区服务中心 2016-03-07'],
    ['a month that does not exist', '五角场街道2015年工作总结 2016-13-07'],
    ['a span of years, not a day', '五角场街道工作总结2016-2020'],
    ['a sentence’s mark in the words before the date', '街道工作总结,2016-03-07'],
    ['words after the date', '五角场街道2015年工作总结 2016-03-07 浏览次数：12'],
  ])('not %s', (_what, line) => expect(titleStamp(line)).toBeNull());

  it('does not date a report from a sentence of its body that ends on a title and a date', () => {
    const text = [
      '五角场街道2015年工作总结和2016年工作安排',
      '2015年,街道办事处在区委、区政府的正确领导下,较好地完成了年初确定的各项目标任务,详见附件街道工作总结。',
      '附件：街道2015年工作总结 2016-03-07',
    ].join('\n');
    expect(detectDate(paragraphs(text), '2099-01-01').dateSource).toBe('import');
  });
});
