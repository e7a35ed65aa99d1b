import { describe, expect, it } from 'vitest';
import { cellRows as rows } from './__fixtures__/cell-rows';

// The year-label and figure-cell rules: what they leave alone.

describe('joinCellLines: year-label and figure-cell, negative cases', () => {
  it('takes no year alone, nor a year inside a sentence, for a header cell', () => {
    for (const label of ['2024', '2024年完成建设任务。']) {
      const input = ['序号', '项目名称', label, '责任单位', '1', '城北小学门前道路建设项目', '建成道路。', '住建局'];
      expect(rows(...input)).toEqual(input);
    }
  });

  it('takes no next row\'s 序号 for a figure: a row short of a cell is no row', () => {
    const input = [
      '序号', '项目名称', '责任单位', '年度投资金额',
      '1', '城北小学门前道路建设项目', '住建局',
      '2', '高标准农田建设项目', '农业农村局', '4930',
    ];
    expect(rows(...input)).toEqual(input);
  });
});
