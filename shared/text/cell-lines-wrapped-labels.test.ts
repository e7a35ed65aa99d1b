import { describe, expect, it } from 'vitest';
import { cellRows as rows } from './__fixtures__/cell-rows';

// The wrapped-labels rule: a task table copied one cell a line whose header cells wrapped in narrow columns (责任 /
// 领导, 攻坚目标 / 任务) and whose plan column stands over its period (工作任务安排 / 第二季度) is read with its
// labels folded back into as many cells as its rows have.

describe('joinCellLines: a header whose cells wrapped over two lines', () => {
  it('folds wrapped labels, a period under its column and a two-character tail', () => {
    expect(
      rows(
        '序号', '重点工作', '责任', '领导', '责任', '科室', '攻坚目标', '任务', '工作任务安排', '第二季度', '完成情况',
        '1', '水库工程政策处理', '张三', '水库工程工作领导小组', '完成政策处理工作。', '推进迁移工作。', '迁移进度达60%。',
        '2', '美丽城镇', '李四', '乡村振兴办', '创建美丽城镇。', '按节点开展建设。', '完成投资3000万元。',
      ),
    ).toEqual([
      '序号 | 重点工作 | 责任领导 | 责任科室 | 攻坚目标任务 | 工作任务安排第二季度 | 完成情况',
      '1 | 水库工程政策处理 | 张三 | 水库工程工作领导小组 | 完成政策处理工作。 | 推进迁移工作。 | 迁移进度达60%。',
      '2 | 美丽城镇 | 李四 | 乡村振兴办 | 创建美丽城镇。 | 按节点开展建设。 | 完成投资3000万元。',
    ]);
  });

  it('folds a lead label opened on its own line before a deadline column', () => {
    expect(
      rows('序号', '工作任务', '牵头', '单位', '责任', '领导', '完成时限', '1', '推行告知承诺制。', '县审批局', '王五', '6月底前', '2', '压减审批时限。', '县司法局', '赵六', '年底前'),
    ).toEqual(['序号 | 工作任务 | 牵头单位 | 责任领导 | 完成时限', '1 | 推行告知承诺制。 | 县审批局 | 王五 | 6月底前', '2 | 压减审批时限。 | 县司法局 | 赵六 | 年底前']);
  });
});
