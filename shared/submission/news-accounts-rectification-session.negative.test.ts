// Negative cases of rectification-session (see news-accounts-rectification-session.test.ts).
import { describe, expect, it } from 'vitest';
import { rectificationSession } from './news-accounts';

const lines = (text: string) => text.split('\n').map((t) => ({ text: t }));

describe('rectification-session: negative cases', () => {
  it.each([
    ['an inspection team', '近日,县委第一巡察组召开巡察整改情况反馈会。'],
    ['the inspection office overseeing others', '5月6日,县委巡察办召开巡察整改督导推进会,各被巡察单位参加。'],
    ['a discipline commission overseeing others', '近日,县纪委监委召开巡察整改监督工作推进会。'],
    ['an inspection’s start, no rectification', '8月3日,集团党委召开第二轮巡察工作动员会。'],
    ['a meeting on other work', '4月29日,徐行镇召开安全生产工作部署会议。'],
    ['a body attending another’s meeting', '4月29日,徐行镇参加区委巡察整改工作会议。'],
    ['a meeting named only after the first sentence', '4月29日,徐行镇召开会议。会议研究了巡察整改工作。'],
    ['a place that is no town', '4月29日,上海召开巡察整改工作推进会。'],
  ])('not %s', (_what, text) => expect(rectificationSession(lines(text))).toEqual([]));
});
