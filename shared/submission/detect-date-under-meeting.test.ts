// dated-under-meeting: a meeting line that says where a report was delivered and not when (——在政协第十三届全国委员会
// 第三次会议上), with the day alone in brackets on the line under it ((2020年5月21日)), dates the report by that day, over a
// website's later publication day (report-metadata.ts, dateUnderMeetingLine). Lines adapted from the real report of
// __fixtures__/real (cppcc-proposals-work).
import { describe, expect, it } from 'vitest';
import { detectDate } from './detect-date';
import { dateUnderMeetingLine } from './report-metadata';

const paragraphs = (text: string) => text.split('\n').map((t, index) => ({ index, text: t }));

describe('dated-under-meeting', () => {
  it.each([
    ['——在政协第十三届全国委员会第三次会议上', '(2020年5月21日)', '2020-05-21'],
    ['在政协第十三届全国委员会第三次会议上', '（2020年5月21日）', '2020-05-21'],
    ['——在第十三届全国人民代表大会第一次会议上', '（2018年3月5日）', '2018-03-05'],
  ])('%s / %s → %s', (line, next, date) => expect(dateUnderMeetingLine(line, next)).toBe(date));

  it('dates the reposted report by its session, not by the day the site posted it', () => {
    const text = [
      '中国人民政治协商会议全国委员会常务委员会关于政协十三届二次会议以来提案工作情况的报告',
      '发布日期:2020-05-28 11:24:58 浏览次数:8258 来源:新华社',
      '新华社北京5月27日电',
      '——在政协第十三届全国委员会第三次会议上',
      '(2020年5月21日)',
      '郑建邦',
      '各位委员:',
      '我代表中国人民政治协商会议第十三届全国委员会常务委员会,向大会报告政协十三届二次会议以来的提案工作情况,请予审议。',
    ].join('\n');
    expect(detectDate(paragraphs(text), '2099-01-01').date).toBe('2020-05-21');
  });
});
