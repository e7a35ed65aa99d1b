import { describe, expect, it } from 'vitest';
import { extractPolicy } from './policy';
import { repairParagraphs } from '../text/repair';
import { textBlocks } from '../../electron/import/text';

const read = (lines: string[]) => extractPolicy({ paragraphs: repairParagraphs(textBlocks(lines.join('\n'))) }).measures;

// titled-header: a header crawled as one line of piped cells, its first cell run on from the table's title, heads a
// table: the category rows under it are no measures, though the crawl lost the rows' cells.
describe('titled-header: 「…分解表工作任务|工作要求|牵头单位|责任单位|」', () => {
  it('reads no measure from the category rows of a table whose rows were lost', () => {
    const measures = read([
      '现将《2021年全区政务公开工作主要任务分解表》印发给你们,请认真组织实施。',
      '2021年政务公开工作主要任务分解表',
      '工作任务 |',
      '工作要求 |',
      '牵头单位 |',
      '责任单位 |',
      '一、紧扣“十四五”开好局起好步,进一步深化政务公开 |',
      '|||',
      '|',
      '二、紧扣宏观政策落地见效,进一步深化政务公开 |',
      '|||',
    ]);
    expect(measures).toEqual([]);
  });
});
