// Negative cases of own-summary-meeting (see opening-author-summary-meeting.test.ts).
import { describe, expect, it } from 'vitest';
import { ownSummaryMeeting } from './opening-author';

const lines = (text: string) => text.split('\n').map((t) => ({ text: t }));

describe('own-summary-meeting: negative cases', () => {
  it.each([
    ['a body going to another’s meeting', '近日,市政府召开上半年经济运行总结会,区审计局主要负责人参加会议。'],
    ['a meeting that sums up nothing', '近日,某区审计局召开党风廉政建设推进会。'],
    ['no time word before the body', '某区审计局召开2023年度半年总结会。'],
    ['a summary meeting in a later sentence', '今年以来,全区审计工作稳步推进。近日,某区审计局召开半年总结会。'],
  ])('not %s', (_what, text) => {
    expect(ownSummaryMeeting(lines(text))).toEqual([]);
  });
});
