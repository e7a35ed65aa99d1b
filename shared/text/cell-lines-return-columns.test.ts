import { describe, expect, it } from 'vitest';
import { cellRows as rows } from './__fixtures__/cell-rows';

// The return-columns rule: a gathered return (汇总表) copied one cell a line whose header lost or renamed its 序号 cell
// is put back into rows by the columns a return's head names (责任单位…, 进展情况…), each row as many lines as the header.

const closing = ['区政府督查室', '2021年11月20日'];

describe('joinCellLines: a gathered return whose header keeps no 序号', () => {
  it.each([
    [
      'no number column at all',
      ['任务', '责任单位', '完成情况', '提升就业服务', '区人社局', '开展招聘活动35场。', '加强信用信息归集', '区发改委', '归集信用信息12万条。', ...closing],
      ['任务 | 责任单位 | 完成情况', '提升就业服务 | 区人社局 | 开展招聘活动35场。', '加强信用信息归集 | 区发改委 | 归集信用信息12万条。', ...closing],
    ],
    [
      'the number column renamed 项目',
      ['项目', '任务', '责任单位', '进展情况', '1', '提升就业服务', '区人社局', '开展招聘活动35场。', '2', '加强信用信息归集', '区发改委', '归集信用信息12万条。'],
      ['项目 | 任务 | 责任单位 | 进展情况', '1 | 提升就业服务 | 区人社局 | 开展招聘活动35场。', '2 | 加强信用信息归集 | 区发改委 | 归集信用信息12万条。'],
    ],
    [
      'the number glued to the task, the policy’s measure numbers rising',
      ['任务', '责任单位', '进展情况', '1.提升就业服务', '区人社局', '开展招聘活动35场。', '5.加强信用信息归集', '区发改委', '归集信用信息12万条。', '6、规范涉企收费', '区市场监管局', '—'],
      ['任务 | 责任单位 | 进展情况', '1.提升就业服务 | 区人社局 | 开展招聘活动35场。', '5.加强信用信息归集 | 区发改委 | 归集信用信息12万条。', '6、规范涉企收费 | 区市场监管局 | —'],
    ],
    [
      'the numbers on lines of their own under no head',
      ['任务', '责任单位', '进展情况', '1', '提升就业服务', '区人社局', '开展招聘活动35场。', '2', '加强信用信息归集', '区发改委', '归集信用信息12万条。', ...closing],
      ['序号 | 任务 | 责任单位 | 进展情况', '1 | 提升就业服务 | 区人社局 | 开展招聘活动35场。', '2 | 加强信用信息归集 | 区发改委 | 归集信用信息12万条。', ...closing],
    ],
    [
      'a supporting column, a note column, the answering column after the progress one',
      ['工作任务', '工作进展', '牵头单位', '配合单位', '备注', '提升就业服务', '开展招聘活动35场。', '区人社局', '区财政局', '无', '加强信用信息归集', '归集信用信息12万条。', '区发改委、区统计局', '—', '无'],
      ['工作任务 | 工作进展 | 牵头单位 | 配合单位 | 备注', '提升就业服务 | 开展招聘活动35场。 | 区人社局 | 区财政局 | 无', '加强信用信息归集 | 归集信用信息12万条。 | 区发改委、区统计局 | — | 无'],
    ],
  ])('%s', (_, input, expected) => {
    expect(rows(...input)).toEqual(expected);
  });

  it('leaves the title above the header and the prose below the signer as they were', () => {
    const input = ['区政府督查室关于重点任务落实情况的汇总', '任务', '责任单位', '进展情况', '提升就业服务', '区人社局', '开展招聘活动35场。', '加强信用信息归集', '区发改委', '归集信用信息12万条。', '特此报告。'];
    expect(rows(...input)).toEqual(['区政府督查室关于重点任务落实情况的汇总', '任务 | 责任单位 | 进展情况', '提升就业服务 | 区人社局 | 开展招聘活动35场。', '加强信用信息归集 | 区发改委 | 归集信用信息12万条。', '特此报告。']);
  });

  it('reads a cell of bodies set apart by spaces as a list of them', () => {
    const input = ['任务', '责任单位', '进展情况', '提升就业服务', '区人社局 区财政局', '开展招聘活动35场。', '加强信用信息归集', '区发改委', '归集信用信息12万条。'];
    expect(rows(...input)[1]).toBe('提升就业服务 | 区人社局、区财政局 | 开展招聘活动35场。');
  });
});
