import { describe, expect, it } from 'vitest';
import { cellRows as rows } from './__fixtures__/cell-rows';

// The kind-column rule and the merged-bodies rule: a task list 任务类型 / 序号 / 工作任务 / 推进单位 pasted from a
// web page one cell a line, its kind and bodies' cells merged down their rows.

describe('joinCellLines: a table led by a column of kinds', () => {
  it.each([
    [
      'group rows and kind cells between rows, each row given its kind',
      ['任务类型', '序号', '工作任务', '推进单位', '行动一：再造发展新极行动', '1', '推进片区规划研究', '区规划资源局、区发展改革委', '行动二：重塑美丽新居行动', '旧区改造', '2', '完成旧里房屋改造', '区房管局、各相关街镇'],
      ['任务类型 | 序号 | 工作任务 | 推进单位', '行动一：再造发展新极行动 | 1 | 推进片区规划研究 | 区规划资源局、区发展改革委', '旧区改造 | 2 | 完成旧里房屋改造 | 区房管局、各相关街镇'],
    ],
    [
      'a row without bodies takes those of the row above, across a kind cell',
      ['任务类型', '序号', '工作任务', '推进单位', '行动二：重塑美丽新居行动', '旧区改造', '1', '完成旧里房屋改造', '区“两旧”专班、区房管局、各相关街镇', '旧住房更新改造', '2', '推进成套改造。', '3', '加装电梯700台', '“美丽家园”建设', '4', '创建示范小区'],
      ['任务类型 | 序号 | 工作任务 | 推进单位', '旧区改造 | 1 | 完成旧里房屋改造 | 区“两旧”专班、区房管局、各相关街镇', '旧住房更新改造 | 2 | 推进成套改造。 | 区“两旧”专班、区房管局、各相关街镇', '旧住房更新改造 | 3 | 加装电梯700台 | 区“两旧”专班、区房管局、各相关街镇', '“美丽家园”建设 | 4 | 创建示范小区 | 区“两旧”专班、区房管局、各相关街镇'],
    ],
    [
      'the last row of the table takes the bodies above it too',
      ['任务类型', '序号', '工作任务', '推进单位', '商圈', '1', '推动商圈建设。', '区商务委、区国资委', '楼宇', '2', '鼓励楼宇改造。'],
      ['任务类型 | 序号 | 工作任务 | 推进单位', '商圈 | 1 | 推动商圈建设。 | 区商务委、区国资委', '楼宇 | 2 | 鼓励楼宇改造。 | 区商务委、区国资委'],
    ],
    [
      'a deadline column after the bodies',
      ['任务类别', '序号', '重点任务', '责任单位', '完成时限', '公共服务', '1', '建成健身中心。', '区体育局', '2025年底前', '2', '新建完全中学。', '区教育局', '2024年底前'],
      ['任务类别 | 序号 | 重点任务 | 责任单位 | 完成时限', '公共服务 | 1 | 建成健身中心。 | 区体育局 | 2025年底前', '公共服务 | 2 | 新建完全中学。 | 区教育局 | 2024年底前'],
    ],
  ])('%s', (_, input, expected) => {
    expect(rows(...input)).toEqual(expected);
  });

  it('keeps the lines after the last row as they were', () => {
    expect(rows('任务类型', '序号', '工作任务', '推进单位', '商圈', '1', '推动商圈建设。', '区商务委', '抄送：区委办公室。')).toEqual(['任务类型 | 序号 | 工作任务 | 推进单位', '商圈 | 1 | 推动商圈建设。 | 区商务委', '抄送：区委办公室。']);
  });
});
