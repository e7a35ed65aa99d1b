// Negative cases of chairing-pledge (see news-accounts-chairing-pledge.test.ts).
import { describe, expect, it } from 'vitest';
import { feedbackPledge } from './news-accounts';

const lines = (text: string) => text.split('\n').map((t) => ({ text: t }));

describe('chairing-pledge: negative cases', () => {
  it.each([
    ['a secretary who only chairs', '市委第二巡察组巡察市中心医院党委情况反馈会议召开。市中心医院党委书记、院长郭淑明主持会议。'],
    ['a secretary pledging at an inspection’s start', '市委第二巡察组进驻市中心医院党委开展巡察。市中心医院党委书记、院长郭淑明主持会议并作表态发言。'],
    ['a body pledging that is not the one inspected', '市委巡察组向县教育局党组反馈了巡察意见。县财政局党组书记、局长张华作表态发言。'],
    ['a secretary who speaks but does not pledge', '市委巡察组向县教育局党组反馈了巡察意见。县教育局党组书记、局长张华主持会议并讲话。'],
  ])('not %s', (_what, text) => expect(feedbackPledge(lines(text))).toEqual([]));
});
