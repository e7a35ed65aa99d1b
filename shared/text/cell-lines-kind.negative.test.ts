import { describe, expect, it } from 'vitest';
import { cellRows as rows } from './__fixtures__/cell-rows';

// The kind-column rule and the merged-bodies rule: what they leave alone.

describe('joinCellLines: a column of kinds, negative cases', () => {
  it('carries nothing when every row has its own bodies', () => {
    expect(rows('任务类型', '序号', '工作任务', '推进单位', '旧区改造', '1', '完成旧里改造', '区房管局', '2', '加装电梯', '区建设管理委', '绿色节能', '3', '推进节能改造', '区发展改革委')).toEqual([
      '任务类型 | 序号 | 工作任务 | 推进单位',
      '旧区改造 | 1 | 完成旧里改造 | 区房管局',
      '旧区改造 | 2 | 加装电梯 | 区建设管理委',
      '绿色节能 | 3 | 推进节能改造 | 区发展改革委',
    ]);
  });

  it('carries no bodies through a row across all columns: the first row of a group without bodies has none', () => {
    expect(rows('任务类型', '序号', '工作任务', '推进单位', '行动一：发展新极', '1', '推进规划研究', '区规划资源局', '行动二：美丽新居', '2', '完成旧里改造')).toEqual([
      '任务类型 | 序号 | 工作任务 | 推进单位',
      '行动一：发展新极 | 1 | 推进规划研究 | 区规划资源局',
      '行动二：美丽新居 | 2 | 完成旧里改造 | ',
    ]);
  });

  it.each([
    // a kind header not followed by 序号
    [['任务类型', '工作任务', '推进单位', '1', '推进规划研究', '区规划资源局']],
    // no column of bodies after the task
    [['任务类型', '序号', '工作任务', '备注', '1', '推进规划研究', '无']],
    // the header, then prose: no first row
    [['任务类型', '序号', '工作任务', '推进单位', '一、总体要求', '坚持规划引领，整体推进。']],
    // 推进单位 in prose is no header
    [['推进单位要加强统筹协调。', '1', '推进规划研究', '区规划资源局']],
    // a kind line that is a sentence does not lead to a row
    [['任务类型', '序号', '工作任务', '推进单位', '各单位要按照要求认真落实，确保取得实效。', '1', '推进规划研究', '区规划资源局']],
  ])('%j is no table led by kinds', (input) => {
    expect(rows(...input)).toEqual(input);
  });
});
