import { describe, expect, it } from 'vitest';
import { extractPolicy } from './policy';
import { repairParagraphs } from '../text/repair';
import { textBlocks } from '../../electron/import/text';

const read = (lines: string[]) => extractPolicy({ paragraphs: repairParagraphs(textBlocks(lines.join('\n'))) }).measures;

// titled-header, negative case: piped cells that are no column labels (a row of a table, a line of figures) end no
// numbered prose; the items after them are read.
describe('titled-header: piped lines that head no table', () => {
  it('keeps the numbered items after a piped line of figures', () => {
    const measures = read([
      '指标 | 2020年 | 2025年 |',
      '一、加快项目建设。市发改委负责推进重点项目。(责任单位:市发改委)',
      '二、优化营商环境。(责任单位:市营商环境局)',
    ]);
    expect(measures.map((m) => m.label)).toEqual(['一、', '二、']);
  });
});
