// Negative cases of head-briefing (see news-accounts-head-briefing.test.ts).
import { describe, expect, it } from 'vitest';
import { reportingHead } from './news-accounts';

const lines = (text: string) => text.split('\n').map((t) => ({ text: t }));

describe('head-briefing: negative cases', () => {
  it.each([
    ['a speech', '会上,县人大常委会主任李燕作重要讲话。'],
    ['a work report to a congress', '县长王强作政府工作报告。'],
    ['a briefing with no head named', '罗佑吾作专题汇报。'],
    ['a head who only attends', '会上,省胸科医院党委书记罗佑吾出席会议并讲话。'],
    ['a briefing by no one', '会上,听取了专题汇报。'],
  ])('none for %s', (_what, text) => {
    expect(reportingHead(lines(text))).toEqual([]);
  });
});
