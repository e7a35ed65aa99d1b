// chairing-pledge: at an inspection's feedback, the inspected body's Party secretary who also holds the body's own post
// chairs the meeting and pledges for it (市中心医院党委书记、院长郭淑明主持会议并作表态发言), the item naming that body as the
// one inspected: the item is that body's account (news-accounts.ts, feedbackPledge). Lines adapted from the real report
// of __fixtures__/real (linfen-hospital-feedback).
import { describe, expect, it } from 'vitest';
import { feedbackPledge } from './news-accounts';

const lines = (text: string) => text.split('\n').map((t) => ({ text: t }));

describe('chairing-pledge', () => {
  it.each([
    [
      'a hospital’s secretary and head chairing and pledging',
      '市委第二巡察组对市中心医院党委开展了专项巡察。2024年4月8日下午,市委第二巡察组巡察市中心医院党委情况反馈会议召开。市中心医院党委书记、院长郭淑明主持会议并作表态发言。',
      '市中心医院党委',
    ],
    [
      'a bureau’s secretary and head pledging',
      '县委第一巡察组向县水利局党组反馈了巡察意见。县水利局党组书记、局长李华作表态发言。',
      '县水利局党组',
    ],
    [
      'a company’s secretary and chairman pledging',
      '市委第三巡察组向城投公司党委反馈巡察情况。城投公司党委书记、董事长王建主持会议并作表态发言。',
      '城投公司党委',
    ],
  ])('%s', (_what, text, name) => expect(feedbackPledge(lines(text))).toEqual([name]));
});
