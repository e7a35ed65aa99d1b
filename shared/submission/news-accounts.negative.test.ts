// Negative cases of own-campaign and reporting-head (see news-accounts.test.ts).
import { describe, expect, it } from 'vitest';
import { ownCampaign, reportingHead } from './news-accounts';

const lines = (text: string) => text.split('\n').map((t) => ({ text: t }));

describe('own-campaign: negative cases', () => {
  it.each([
    ['a body joining another’s campaign', '11月5日,东园社区居委会组织志愿者参加街道开展的环境整治行动。'],
    ['a body helping another', '近日,县交通局配合县公安局开展道路安全检查活动。'],
    ['no time word before the body', '东园社区居委会组织志愿者开展环境整治行动。'],
    ['a campaign named only later in the item', '11月5日,东园社区居委会召开会议。会后开展环境整治行动。'],
    ['a meeting, not a campaign', '近日,河西区城管局组织召开半年工作会议。'],
  ])('none for %s', (_what, text) => {
    expect(ownCampaign(lines(text))).toEqual([]);
  });
});

describe('reporting-head: negative cases', () => {
  it.each([
    ['a head who gives a speech, not a report', '东园社区党委书记张某对下一步工作提出要求。'],
    ['a head who reports nothing on the work', '东园社区党委书记张某陪同调研。'],
    ['a report with no body before the head', '书记张某对环境整治工作开展情况做了汇报。'],
  ])('none for %s', (_what, text) => {
    expect(reportingHead(lines(text))).toEqual([]);
  });
});
