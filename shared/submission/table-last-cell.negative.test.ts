import { describe, expect, it } from 'vitest';
import { endsOnTableCell, findClosingBlock, type Line } from './report-layout';

// table-last-cell, negative cases: a signature under prose stays one, with or without a table above.

const lines = (...texts: string[]): Line[] => texts.map((text, index) => ({ index, text }));

describe('table-last-cell: signatures that stay', () => {
  it('reads the signature of a prose report with no table', () => {
    const report = lines('关于2024年工作情况的报告', '今年以来,我局认真落实各项工作任务,取得了明显成效。', '下一步,我们将继续抓好落实。', '平湖市发展和改革局');
    expect(endsOnTableCell(report)).toBe(false);
    expect(findClosingBlock(report).names).toEqual(['平湖市发展和改革局']);
  });

  it('reads the signature under prose that follows a table', () => {
    const report = lines(
      '序号',
      '工作任务',
      '责任单位',
      '1',
      '完成老旧小区改造12个。',
      '区住建局',
      '以上任务均已按期推进,下一步我们将加强督查,确保全年目标完成。',
      '请各单位认真抓好落实。',
      '区政府督查室',
    );
    expect(endsOnTableCell(report)).toBe(false);
    expect(findClosingBlock(report).names).toEqual(['区政府督查室']);
  });

  it('reads the signature over a date whatever stands above it', () => {
    const report = lines('序号', '工作任务', '责任单位', '1', '完成老旧小区改造12个。', '区住建局', '请各单位认真抓好落实。', '区政府督查室', '2024年10月11日');
    expect(findClosingBlock(report).names).toEqual(['区政府督查室']);
  });
});
