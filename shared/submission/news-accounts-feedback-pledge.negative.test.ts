// Negative cases of feedback-pledge (see news-accounts-feedback-pledge.test.ts).
import { describe, expect, it } from 'vitest';
import { feedbackPledge } from './news-accounts';

const lines = (text: string) => text.split('\n').map((t) => ({ text: t }));

describe('feedback-pledge: negative cases', () => {
  it.each([
    ['a pledge at an inspection’s start, nothing fed back', '区委第一巡察组进驻区人大机关党支部开展巡察。区人大机关党支部书记王国旭同志作表态发言。'],
    ['a pledge at a meeting that is no inspection’s', '全县安全生产工作会议召开,会上反馈了检查情况。李明代表县应急管理局作表态发言。'],
    ['a body pledging that is not the one inspected', '市委巡察组向县教育局党组反馈了巡察意见。张华代表县财政局党组作表态发言。'],
    ['the inspecting team’s head feeding back', '市委第六巡察组巡察县人民医院党委情况反馈会召开。张雷代表市委第六巡察组通报巡察发现的问题。'],
    ['many bodies pledging together', '巡察组分别向三家被巡察企业反馈了巡察意见。三户被巡察企业党组织负责人在反馈会上均表示,要坚决抓好整改。'],
  ])('not %s', (_what, text) => expect(feedbackPledge(lines(text))).toEqual([]));
});
