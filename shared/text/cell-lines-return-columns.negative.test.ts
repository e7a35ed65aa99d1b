import { describe, expect, it } from 'vitest';
import { cellRows as rows } from './__fixtures__/cell-rows';

// Where the return-columns rule must not put lines together: no return header above them, rows that leave cells over,
// numbers that do not rise row by row, a header that keeps its 序号 (the plain reading's).

const unchanged = (lines: string[]) => expect(rows(...lines)).toEqual(lines);

describe('joinCellLines leaves lines that are no gathered return as they were', () => {
  it('prose whose lines happen to be short, under the words of a return’s head', () => {
    unchanged(['责任单位', '进展情况', '今年以来', '区人社局', '扎实推进', '就业服务', '区发改委', '统筹推进']);
    unchanged(['进展情况', '今年以来', '我局按照', '区政府部署', '扎实推进', '各项工作']);
  });

  it('a list of names under a head of bodies, with no column of what was done', () => {
    unchanged(['责任单位', '区人社局', '区发改委', '区财政局', '区市场监管局']);
  });

  it('a letter whose lines each hold one body', () => {
    unchanged(['关于报送重点任务落实情况的通知', '区人社局', '区发改委', '区财政局', '区市场监管局', '请于11月20日前报送进展情况。', '区政府督查室', '2021年11月1日']);
  });

  it('a table whose progress cell runs over two lines: its rows would leave cells over', () => {
    unchanged(['任务', '责任单位', '进展情况', '提升就业服务', '区人社局', '开展招聘活动35场。', '加强信用信息归集', '区发改委', '归集信用信息', '12万条。', '规范涉企收费', '区市场监管局', '已完成。']);
  });

  it('a table whose last row lost a cell: its answering body is left over', () => {
    unchanged(['任务', '责任单位', '进展情况', '提升就业服务', '区人社局', '开展招聘活动35场。', '加强信用信息归集', '区发改委', '归集信用信息12万条。', '区市场监管局', '已完成。']);
  });

  it('numbers that do not rise row by row', () => {
    unchanged(['项目', '任务', '责任单位', '进展情况', '1', '提升就业服务', '区人社局', '开展招聘活动35场。', '3', '加强信用信息归集', '区发改委', '归集信用信息12万条。', '2', '规范涉企收费', '区市场监管局', '已完成。']);
  });

  it('a number past the last row’s after it: a row cut short', () => {
    unchanged(['任务', '责任单位', '进展情况', '1.提升就业服务', '区人社局', '开展招聘活动35场。', '2.加强信用信息归集', '区发改委', '归集信用信息12万条。', '3.规范涉企收费', '已完成。']);
  });

  it('the policy’s own division, whose header has a deadline and no column of what was done', () => {
    unchanged(['任务', '责任单位', '完成时限', '提升就业服务', '区人社局', '年底前', '加强信用信息归集', '区发改委', '6月底前']);
  });
});

describe('a return whose header keeps its 序号 is read by the plain reading, as before', () => {
  it('序号 / 任务 / 责任单位 / 进展情况', () => {
    expect(rows('序号', '任务', '责任单位', '进展情况', '1', '提升就业服务', '区人社局', '开展招聘活动35场。', '2', '加强信用信息归集', '区发改委', '归集信用信息12万条。')).toEqual([
      '序号 | 任务 | 责任单位 | 进展情况',
      '1 | 提升就业服务 | 区人社局 | 开展招聘活动35场。',
      '2 | 加强信用信息归集 | 区发改委 | 归集信用信息12万条。',
    ]);
  });
});
