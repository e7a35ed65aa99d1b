import { describe, expect, it } from 'vitest';
import { endsOnTableCell, findClosingBlock, type Line } from './report-layout';

// table-last-cell: a report that is a task table copied one cell a line ends on its last row's bodies, no signature.

const lines = (...texts: string[]): Line[] => texts.map((text, index) => ({ index, text }));

const progressTable = lines(
  '2024年政府工作报告重点工作完成情况(前三季度)',
  '序号',
  '主要工作任务',
  '前三季度完成情况',
  '责任单位',
  '1',
  '生产总值增长6%左右。',
  '三季度,预计全市GDP增长5%以上。',
  '发改局',
  '2',
  '主要约束性指标完成上级下达的计划目标。',
  '前三季度,四项指标均已完成减排目标。',
  '发改局、生态环境分局',
);

describe('table-last-cell: the last row\'s bodies are no signature', () => {
  it('reads no signature under a progress table of four columns', () => {
    expect(endsOnTableCell(progressTable)).toBe(true);
    expect(findClosingBlock(progressTable).names).toEqual([]);
  });

  it('reads no signature under a table of three columns (序号 / 任务 / 责任单位)', () => {
    const table = lines('序号', '重点任务', '责任单位', '1', '完成老旧小区改造12个。', '区住建局', '2', '新建公办幼儿园2所。', '区教育局、区财政局');
    expect(findClosingBlock(table).names).toEqual([]);
  });
});
