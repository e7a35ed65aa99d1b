// inspection-visit: the body an inspection team visits to check on its rectification (巡察组到城投公司督查回访…), when the
// news item speaks of it by its kind alone (公司党委书记…代表公司党委作了…汇报), is the one reporting: its Party organisation.
// Negative cases in opening-author-visit.negative.test.ts.
import { describe, expect, it } from 'vitest';
import { defaultDirectory } from '../extract/departments';
import { detectDepartments } from './detect-departments';
import { inspectedSelf } from './opening-author';

const lines = (text: string) => text.split('\n').map((t) => ({ text: t }));
const paragraphs = (text: string) => text.split('\n').map((t, index) => ({ index, text: t }));

describe('inspection-visit: the body visited, speaking of itself by its kind', () => {
  it.each([
    ['3月20日,市委第四巡察组到城投公司督查回访整改落实情况。上午,公司召开专题汇报会,公司党委书记代表公司党委作了专题汇报。', '城投公司党委'],
    ['区委巡察组到区人民医院检查整改情况。\n院党委书记汇报了整改进展。', '区人民医院党委'],
    ['县委第一巡察组到县交通局督导巡察整改工作。\n局党组书记代表局党组作了汇报。', '县交通局党组'],
  ])('%s → %s', (text, name) => {
    expect(inspectedSelf(lines(text))).toEqual([name]);
  });

  it('the reading of such a news item names that body', () => {
    const text = ['市委巡察组督查回访公司巡察整改落实情况', '日期:2018-03-21', '3月20日,市委第四巡察组到城投公司督查回访巡察反馈问题整改落实情况。上午,公司党委书记代表公司党委作了专题汇报。'].join('\n');
    expect(detectDepartments(paragraphs(text), { directory: defaultDirectory(), policyDepartments: [] }).rawDepartments).toEqual(['城投公司党委']);
  });
});
