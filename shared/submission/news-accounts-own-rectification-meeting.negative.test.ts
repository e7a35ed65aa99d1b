// Negative cases of own-rectification-meeting (see news-accounts-own-rectification-meeting.test.ts).
import { describe, expect, it } from 'vitest';
import { ownRectificationMeeting } from './news-accounts';

const lines = (text: string) => text.split('\n').map((t) => ({ text: t }));

describe('own-rectification-meeting: negative cases', () => {
  it.each([
    ['a body the item never names as inspected', '近日,县纪委召开专题会议,研究部署巡察整改督导工作。各被巡察单位参加会议。'],
    ['a meeting on other work', '近日,总院公司党委召开专题会议,研究年度生产经营工作。集团公司党委巡察总院公司党委的反馈意见已印发。'],
    ['the inspecting body meeting', '近日,集团公司党委召开专题会议,研究巡察整改工作。集团公司党委巡察总院公司党委提出14项问题。'],
  ])('not %s', (_what, text) => expect(ownRectificationMeeting(lines(text))).toEqual([]));
});
