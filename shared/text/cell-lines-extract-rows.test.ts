import { describe, expect, it } from 'vitest';
import { cellRows as rows } from './__fixtures__/cell-rows';

// extract-rows: a department's extract of a whole table keeps the table's 序号; its first row may be any number when the
// next row's number follows it, with no category row before it.
describe('joinCellLines: an extract whose first row keeps the whole table\'s number', () => {
  it('joins the rows 80 and 81 under the header', () => {
    expect(rows('序号', '目标与任务', '牵头责任单位', '责任单位', '80', '加大普惠性托育供给。', '县教育局', '县各有关单位', '81', '保障职业学院秋季开学。', '县教育局', '县各有关单位')).toEqual([
      '序号 | 目标与任务 | 牵头责任单位 | 责任单位',
      '80 | 加大普惠性托育供给。 | 县教育局 | 县各有关单位',
      '81 | 保障职业学院秋季开学。 | 县教育局 | 县各有关单位',
    ]);
  });
});
