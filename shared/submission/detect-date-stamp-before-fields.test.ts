// stamp-before-fields: a website's posting stamp opening its publication line, the source and author fields run on after
// it (2018-07-24 15:33:00来源:大众网作者:), dates the page when nothing stronger does (report-metadata.ts, leadingStamp).
// Lines adapted from the real report of __fixtures__/real (shandong-audit-work).
import { describe, expect, it } from 'vitest';
import { detectDate } from './detect-date';
import { leadingStamp } from './report-metadata';

const paragraphs = (text: string) => text.split('\n').map((t, index) => ({ index, text: t }));

describe('stamp-before-fields', () => {
  it.each([
    ['source and an empty author', '2018-07-24 15:33:00来源:大众网作者:', '2018-07-24'],
    ['a one-digit month, no seconds', '2021-3-5 09:12 来源：县财政局', '2021-03-05'],
    ['an information source', '2022-01-20 14:58:18 信息来源:国民经济综合处', '2022-01-20'],
  ])('reads %s', (_what, line, date) => expect(leadingStamp(line)).toBe(date));

  it('dates an audit work report whose meeting line lost its 年 and 月', () => {
    const text = [
      '关于某省2017年度省级预算执行和其他财政收支的审计工作报告',
      '2018-07-24 15:33:00来源:大众网作者:',
      '——2018724日在某省第十三届人民代表大会',
      '常务委员会第四次会议上',
      '某省审计厅厅长  张三',
      '主任、各位副主任、秘书长、各位委员:',
      '我受省政府委托,向省人大常委会报告2017年度省级预算执行和其他财政收支审计情况,请予审议。',
    ].join('\n');
    const found = detectDate(paragraphs(text), '2099-01-01');
    expect([found.date, found.dateSource]).toEqual(['2018-07-24', 'header']);
  });
});
