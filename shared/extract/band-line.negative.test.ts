import { describe, expect, it } from 'vitest';
import { isBandLine } from './band-line';
import { policyLines } from './policy-lines';
import { readTable } from './policy-table';

// band-line, negative cases: only a short heading-like line with a row right after it.
const lines = (...texts: string[]) => policyLines(texts.map((text, index) => ({ index, text })));

describe('band-line, negative cases', () => {
  it('is no band without a row after it', () => {
    expect(isBandLine('行动一：再造发展新极行动', false)).toBe(false);
  });

  it('is no band when it is a sentence', () => {
    expect(isBandLine('各推进单位要按照时间节点抓好落实。', true)).toBe(false);
  });

  it('is no band when it is long prose', () => {
    expect(isBandLine('各推进单位要按照时间节点和工作要求，结合本单位实际制定具体方案并明确责任人和完成时限，确保各项任务按期完成并报送进展情况', true)).toBe(false);
  });

  it('still ends the table at a line of prose after its rows', () => {
    const t = readTable(
      lines('序号 | 工作任务 | 推进单位', '1 | 推进走马塘片区规划研究 | 区规划资源局', '各推进单位要按期报送进展情况。', '2 | 另一表格的任务 | 区房管局'),
      0,
      4,
    );
    expect(t.items).toHaveLength(1);
  });
});
