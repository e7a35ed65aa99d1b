import { describe, expect, it } from 'vitest';
import { cellRows as rows } from './__fixtures__/cell-rows';

// The wrapped-labels rule: what it leaves alone.

describe('joinCellLines: wrapped labels, negative cases', () => {
  it.each([
    // a label left open at the header's end: no line closes 责任
    [['序号', '重点工作', '责任', '领导', '责任', '1', '水库工程', '张三', '乡村振兴办', '2', '美丽城镇', '李四', '乡村振兴办']],
    // the folded labels still outnumber the cells of a row
    [['序号', '重点工作', '责任', '领导', '攻坚目标', '完成情况', '1', '水库工程', '乡村振兴办', '2', '美丽城镇', '乡村振兴办']],
    // one row only: nothing tells how many cells a row has
    [['序号', '重点工作', '责任', '领导', '责任', '科室', '1', '水库工程', '张三', '乡村振兴办']],
    // a sentence among the header's lines
    [['序号', '重点工作', '各单位要按照要求抓好落实。', '责任', '科室', '1', '水库工程', '乡村振兴办', '2', '美丽城镇', '乡村振兴办']],
    // folded, the labels name no column of bodies
    [['序号', '重点工作', '攻坚', '目标', '完成情况', '1', '水库工程', '完成工作。', '已完成', '2', '美丽城镇', '创建城镇。', '已完成']],
  ])('%j is no table', (input) => {
    expect(rows(...input)).toEqual(input);
  });
});
