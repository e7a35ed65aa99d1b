// Negative cases of inspection-visit (see opening-author-visit.test.ts).
import { describe, expect, it } from 'vitest';
import { inspectedSelf } from './opening-author';

const lines = (text: string) => text.split('\n').map((t) => ({ text: t }));

describe('inspection-visit: negative cases', () => {
  it.each([
    ['the body visited is of another kind', '市委巡察组到区卫生健康局督查回访整改情况。公司党委书记作了汇报。'],
    ['the report names the body in full, not by its kind', '市委巡察组到城投公司督查回访整改情况。城投公司党委书记作了汇报。'],
    ['the team visits for something other than a check', '市委巡察组到城投公司调研。公司党委书记作了汇报。'],
    ['no inspection team visits', '市领导到城投公司督查安全生产。公司党委书记作了汇报。'],
  ])('none when %s', (_what, text) => {
    expect(inspectedSelf(lines(text))).toEqual([]);
  });
});
