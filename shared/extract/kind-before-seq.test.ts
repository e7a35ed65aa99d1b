import { describe, expect, it } from 'vitest';
import { policyLines } from './policy-lines';
import { readTable } from './policy-table';

// The kind-before-seq rule: a column left of the 序号 is the rows' kind (merged down them), whatever its header
// says, when the task's column follows the 序号; 具体要求 is a column of the task.
const lines = (...texts: string[]) => policyLines(texts.map((text, index) => ({ index, text })));
const read = (...texts: string[]) => readTable(lines(...texts), 0, texts.length);

describe('readTable: a column of kinds before the 序号', () => {
  it.each([
    ['工作任务 | 序号 | 具体要求 | 责任科室 | 时限要求', '强化公开 | 1 | 全面清理文件。 | 办公室 | 年底前', '全面清理文件', ['责任单位：办公室', '完成时限：年底前']],
    ['重点任务 | 序号 | 具体措施 | 牵头单位', '优化环境 | 1 | 推行告知承诺制。 | 县审批局', '推行告知承诺制', ['牵头单位：县审批局']],
  ])('%s', (header, row, title, duties) => {
    const t = read(header, row);
    expect(t.items.map((m) => [m.value, m.title, m.duties])).toEqual([[1, title, duties]]);
    expect(t.sections.map((s) => s.title)).toEqual([row.split(' | ')[0]]);
  });

  it('reads 具体要求 as the task beside the 序号', () => {
    expect(read('序号 | 具体要求 | 责任单位', '1 | 全面清理文件。 | 县司法局').items.map((m) => m.title)).toEqual(['全面清理文件']);
  });
});
