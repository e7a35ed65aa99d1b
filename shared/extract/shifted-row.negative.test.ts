import { describe, expect, it } from 'vitest';
import { extractPolicy } from './policy';

const read = (lines: string[]) =>
  extractPolicy({ paragraphs: lines.map((text, index) => ({ index, text })) }).measures.map((m) => `${m.title} / ${[...m.lead, ...m.generic].join('、')}`);

// shifted-row and numbered-requirement: what they leave alone.
describe('shifted-row and numbered-requirement: negative cases', () => {
  it('keeps a row whose empty last cell is its own (a task without a number, under one column of the task)', () => {
    expect(read(['序号 | 工作任务 | 责任单位 | 完成时限 |', '1 | 推行告知承诺制。 | 县审批局 | |', '2 | 压减审批时限。 | 县司法局 | 6月底前 |'])).toEqual([
      '推行告知承诺制 / 县审批局',
      '压减审批时限 / 县司法局',
    ]);
  });

  it('titles a row by its short task name when the measure beside it opens on no number', () => {
    expect(read(['重点任务 | 具体举措 | 牵头单位 |', '优化营商环境 | 推行告知承诺制，压减审批时限。 | 县审批局 |', '加强监管 | 开展双随机抽查。 | 县市场监管局 |'])).toEqual([
      '优化营商环境 / 县审批局',
      '加强监管 / 县市场监管局',
    ]);
  });
});
