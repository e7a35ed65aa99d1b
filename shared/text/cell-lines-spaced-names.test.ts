import { describe, expect, it } from 'vitest';
import { cellRows as rows } from './__fixtures__/cell-rows';
import { spacedNames } from './cell-lines';

// The spaced-names-cell rule: a bodies' cell whose names a space sets apart (县教体局 各相关乡镇政府), in a table copied one
// cell a line with detail columns (责任领导, 落实情况) and a long task header (具体工作任务和要求).

describe('joinCellLines: a bodies\' cell whose names a space sets apart', () => {
  it('reads the space as the list\'s separator', () => {
    expect(
      rows(
        '序号', '具体工作任务和要求', '责任领导', '责任单位', '落实情况',
        '1', '推动义务教育优质均衡发展。', '毛晓青', '县教体局 各相关乡镇政府', '已完成项目建设。',
        '2', '推进县域综合医改试点工作。', '毛晓青', '县卫健委 县医保局', '已完成验收。',
      ),
    ).toEqual([
      '序号 | 具体工作任务和要求 | 责任领导 | 责任单位 | 落实情况',
      '1 | 推动义务教育优质均衡发展。 | 毛晓青 | 县教体局、各相关乡镇政府 | 已完成项目建设。',
      '2 | 推进县域综合医改试点工作。 | 毛晓青 | 县卫健委、县医保局 | 已完成验收。',
    ]);
  });

  it.each([
    ['县教体局 各相关乡镇政府', '县教体局、各相关乡镇政府'],
    ['市住建局　市财政局　各区政府', '市住建局、市财政局、各区政府'],
  ])('%s', (cell, names) => {
    expect(spacedNames({ text: cell, start: 0, end: cell.length })).toBe(names);
  });
});
