// inline-meeting-line: a meeting line run into the title's line is read as the meeting line it was.
import { describe, expect, it } from 'vitest';
import { detectDate } from './detect-date';
import { inlineMeetingLineDate } from './report-metadata';

const paragraphs = (text: string) => text.split('\n').map((t, index) => ({ index, text: t }));

describe('inline-meeting-line', () => {
  it.each([
    ['a town’s report to its congress', '某镇人民政府半年工作情况报告 ——2022年7月28日在某镇第六届人民代表大会 第二次会议上 镇长 张三 各位代表:', '2022-07-28'],
    ['a bureau’s report to a standing committee', '关于2023年度国有资产管理情况的报告——2024年4月25日在某区第十六届人大常委会第十次会议上 区财政局局长 李四', '2024-04-25'],
  ])('reads %s', (_what, line, date) => {
    expect(inlineMeetingLineDate(line)).toBe(date);
  });

  it('dates a report run together on one line by its meeting', () => {
    const text = '某镇人民政府半年工作情况报告 ——2022年7月28日在某镇第六届人民代表大会 第二次会议上 镇长 张三 各位代表: 现在,我代表某镇人民政府,向大会作2022年上半年政府工作情况报告,请予以审议。';
    const found = detectDate(paragraphs(text), '2099-01-01');
    expect([found.date, found.dateSource]).toEqual(['2022-07-28', 'header']);
  });
});
