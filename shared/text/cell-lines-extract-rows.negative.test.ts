import { describe, expect, it } from 'vitest';
import { cellRows as rows } from './__fixtures__/cell-rows';

// extract-rows: a lone number after a header's labels, with no next row following it, is no table's first row.
describe('joinCellLines: a number after a header with no row following it', () => {
  it('leaves the lines as they are when no second row follows', () => {
    const lines = ['序号', '工作任务', '责任单位', '80', '加大普惠性托育供给。', '县教育局'];
    expect(rows(...lines)).toEqual(lines);
  });

  it('leaves them when the next number jumps far on', () => {
    const lines = ['序号', '工作任务', '责任单位', '80', '加大普惠性托育供给。', '县教育局', '95', '保障职业学院秋季开学。', '县教育局'];
    expect(rows(...lines)).toEqual(lines);
  });
});
