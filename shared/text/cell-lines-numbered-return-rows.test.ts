import { describe, expect, it } from 'vitest';
import { cellRows as rows } from './__fixtures__/cell-rows';

// The numbered-return-rows rule: a gathered return copied one cell a line, its header without a 序号 cell and its
// numbers on lines of their own, whose cells break over lines (two bodies a line each, progress in numbered lines).
// Its rows are told by their numbers, one more each time: the task, then the run of bodies, then the progress.

describe('joinCellLines: a numbered return whose cells break over lines', () => {
  it('reads bodies one a line as one answering cell, and progress over several lines as one cell', () => {
    const input = [
      '工作任务', '牵头责任单位', '一季度进展情况',
      '1', '地区生产总值增长6%以上。', '市发展改革委', '一季度全市地区生产总值增长7.1%。',
      '2', '居民人均可支配收入与经济增长相匹配。', '市人社局', '市农业农村局', '一季度全市居民人均可支配收入14492元。',
      '3', '实施提振消费专项行动。', '市发展改革委', '市商务局', '1. 印发促消费政策举措，统筹安排促消费资金。', '2. 印发民生实事安排方案。',
    ];
    expect(rows(...input)).toEqual([
      '序号 | 工作任务 | 牵头责任单位 | 一季度进展情况',
      '1 | 地区生产总值增长6%以上。 | 市发展改革委 | 一季度全市地区生产总值增长7.1%。',
      '2 | 居民人均可支配收入与经济增长相匹配。 | 市人社局、市农业农村局 | 一季度全市居民人均可支配收入14492元。',
      '3 | 实施提振消费专项行动。 | 市发展改革委、市商务局 | 1.印发促消费政策举措，统筹安排促消费资金。2.印发民生实事安排方案。',
    ]);
  });

  it('keeps a task over two lines whole, and leaves the signer and the date after the last row as they were', () => {
    const input = [
      '任务', '责任单位', '完成情况',
      '1', '提升就业服务，', '开展招聘活动。', '区人社局', '开展招聘活动35场。',
      '2', '加强信用信息归集', '区发改委', '归集信用信息12万条。', '平台已上线。',
      '区政府督查室', '2021年11月20日',
    ];
    expect(rows(...input)).toEqual([
      '序号 | 任务 | 责任单位 | 完成情况',
      '1 | 提升就业服务，开展招聘活动。 | 区人社局 | 开展招聘活动35场。',
      '2 | 加强信用信息归集 | 区发改委 | 归集信用信息12万条。平台已上线。',
      '区政府督查室',
      '2021年11月20日',
    ]);
  });

  it('reads a row numbered one more after rows of one line a cell', () => {
    const input = ['任务', '责任单位', '进展情况', '5', '规范涉企收费', '区市场监管局', '清理收费项目8项。', '6', '优化审批流程', '区政务服务局', '区司法局', '压缩审批时限一半。'];
    expect(rows(...input).slice(1)).toEqual(['5 | 规范涉企收费 | 区市场监管局 | 清理收费项目8项。', '6 | 优化审批流程 | 区政务服务局、区司法局 | 压缩审批时限一半。']);
  });
});
