import { describe, expect, it } from 'vitest';
import { cellRows as rows } from './__fixtures__/cell-rows';

// numbered-return-rows must not fire: the lines stay as they were wherever a row cannot be read whole.

describe('joinCellLines: no numbered return read where its rows do not hold', () => {
  it.each([
    ['numbers that do not rise one at a time', ['任务', '责任单位', '进展情况', '1', '提升就业服务', '区人社局', '区财政局', '开展招聘活动35场。', '3', '加强信用信息归集', '区发改委', '归集信用信息12万条。']],
    ['a row without a cell of bodies', ['任务', '责任单位', '进展情况', '1', '提升就业服务', '开展招聘活动35场。', '全年完成。', '2', '加强信用信息归集', '区发改委', '归集信用信息12万条。']],
    ['a row without progress after its bodies', ['任务', '责任单位', '进展情况', '1', '提升就业服务', '区人社局', '区财政局', '2', '加强信用信息归集', '区发改委', '归集信用信息12万条。']],
    ['a body’s name alone among the progress lines', ['任务', '责任单位', '进展情况', '1', '提升就业服务', '区人社局', '开展招聘活动35场。', '区财政局', '2', '加强信用信息归集', '区发改委', '归集信用信息12万条。', '全年完成。']],
    ['one row only', ['任务', '责任单位', '进展情况', '1', '提升就业服务', '区人社局', '区财政局', '开展招聘活动35场。']],
    ['a header with the supporters’ column', ['任务', '牵头单位', '配合单位', '进展情况', '1', '提升就业服务', '区人社局', '区财政局', '区统计局', '开展招聘活动35场。', '2', '加强信用信息归集', '区发改委', '归集信用信息12万条。', '全年完成。']],
    ['no header of a return above the numbers', ['工作开展情况', '1', '提升就业服务', '区人社局', '区财政局', '开展招聘活动35场。', '2', '加强信用信息归集', '区发改委', '归集信用信息12万条。', '全年完成。']],
  ])('%s', (_, input) => {
    expect(rows(...input).some((t) => t.includes(' | '))).toBe(false);
  });
});
