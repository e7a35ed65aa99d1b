import { describe, expect, it } from 'vitest';
import { policyLines } from './policy-lines';
import { readTable } from './policy-table';

// Task tables whose responsibility column carries another header, with category rows across all columns.
const lines = (...texts: string[]) => policyLines(texts.map((text, index) => ({ index, text })));

describe('readTable: responsibility headers, negative cases', () => {
  it.each([
    // no column assigns anything: not a task table
    ['序号 | 工作任务 | 备注', '1 | 推进改革。 | 无'],
    ['序号 | 考核项目 | 分值', '1 | 组织领导 | 8'],
    // 推进 in a header that names no bodies: how the work stands
    ['序号 | 工作任务 | 推进情况', '1 | 推进改革。 | 已完成'],
    ['序号 | 工作任务 | 推进措施', '1 | 推进改革。 | 县审批局'],
  ])('%s', (header, row) => {
    expect(readTable(lines(header, row), 0, 2).items).toEqual([]);
  });

  it('keeps a task name as the title when it names one row only', () => {
    const t = readTable(lines('序号 | 重点任务 | 具体举措 | 牵头单位', '1 | 推动芯片。 | 支持研发攻关。 | 省科技厅', '2 | 建设算力。 | 建设平台。 | 省发展改革委'), 0, 3);
    expect(t.items.map((m) => m.title)).toEqual(['推动芯片', '建设算力']);
  });
});

describe('readTable: internal offices, negative cases', () => {
  it.each([
    // 处 in an ordinary word of a header names no column of offices
    ['序号 | 工作任务 | 处理意见', '1 | 推进改革。 | 同意'],
    ['序号 | 工作任务 | 处置结果', '1 | 推进改革。 | 已办结'],
  ])('%s', (header, row) => {
    expect(readTable(lines(header, row), 0, 2).items).toEqual([]);
  });

  it('still skips the header written again over a later page', () => {
    const t = readTable(lines('序号 | 工作任务 | 责任处室', '1 | 推进改革。 | 法规处', '序号 | 工作任务 | 责任处室', '2 | 修订规划。 | 规划处'), 0, 4);
    expect(t.items.map((m) => m.duties)).toEqual([['责任单位：法规处'], ['责任单位：规划处']]);
  });
});
