// Negative cases of visited-pledge (see town-accounts-visited-pledge.test.ts).
import { describe, expect, it } from 'vitest';
import { visitedPledge } from './town-accounts';

const lines = (text: string) => text.split('\n').map((t) => ({ text: t }));

describe('visited-pledge: negative cases', () => {
  it.each([
    ['a visit with no pledge', '市督导组到两河镇开展第四轮督导。督导组对全镇整体工作给予了充分肯定。'],
    ['a county visited, not a town', '市督导组到石泉县开展督导。县委、县政府表示,将高度重视反馈问题。'],
    ['a pledge before the visit is told', '镇党委、镇政府表示,将高度重视反馈问题。市督导组到两河镇开展督导。'],
    ['a town’s leaders pledging on no team’s visit', '两河镇召开安全生产会议。镇党委、镇政府表示,将压实责任。'],
  ])('none for %s', (_what, text) => expect(visitedPledge(lines(text))).toEqual([]));
});
