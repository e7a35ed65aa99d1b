import { describe, expect, it } from 'vitest';
import { cellRows as rows } from './__fixtures__/cell-rows';

// The unheaded-seq rule: a task table copied one cell a line whose 序号 column has no header cell of its own
// (工作任务 / 具体要求 / 责任科室 / 时限要求), its first column the task's kind, merged down its rows.

describe('joinCellLines: a table whose 序号 has no header cell', () => {
  it.each([
    [
      'a kind cell over two rows, a deadline column',
      ['工作任务', '具体要求', '责任科室', '时限要求', '强化规范性文件公开', '1', '对规范性文件进行全面清理。', '办公室', '年底前', '做好基础工作', '2', '严格规范公开专栏。', '各科室', '持续推进', '3', '规范编制年度报告。', '办公室', '持续推进'],
      ['工作任务 | 序号 | 具体要求 | 责任科室 | 时限要求', '强化规范性文件公开 | 1 | 对规范性文件进行全面清理。 | 办公室 | 年底前', '做好基础工作 | 2 | 严格规范公开专栏。 | 各科室 | 持续推进', '做好基础工作 | 3 | 规范编制年度报告。 | 办公室 | 持续推进'],
    ],
    [
      'no deadline column',
      ['重点工作', '主要内容', '责任单位', '优化营商环境', '1', '推行告知承诺制。', '县审批局', '2', '压减审批时限。', '县审批局、县司法局'],
      ['重点工作 | 序号 | 主要内容 | 责任单位', '优化营商环境 | 1 | 推行告知承诺制。 | 县审批局', '优化营商环境 | 2 | 压减审批时限。 | 县审批局、县司法局'],
    ],
  ])('%s', (_, input, expected) => {
    expect(rows(...input)).toEqual(expected);
  });
});
