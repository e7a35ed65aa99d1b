import { describe, expect, it } from 'vitest';
import { cellRows as rows } from './__fixtures__/cell-rows';

// The bodies-cell-lines rule: in a table copied one cell a line whose column of bodies stands before a detail column
// (序号 / 事项名称 / 责任单位 / 事项内容), a cell of several bodies holds one body a line.

describe('joinCellLines: a bodies\' cell over several lines before a detail column', () => {
  it('joins the bodies\' lines into one cell, row by row', () => {
    expect(
      rows(
        '序号', '事项名称', '责任单位', '事项内容',
        '1', '实施中心城区生活服务圈建设', '甲街道', '乙街道', '丙镇', '完成中心城区生活服务圈建设。',
        '2', '实施老旧小区提升工程', '住房城乡建设局', '完成老旧小区改造。',
        '3', '开展消防安全能力建设', '消防救援大队', '应急管理局', '接入率达到100%。',
      ),
    ).toEqual([
      '序号 | 事项名称 | 责任单位 | 事项内容',
      '1 | 实施中心城区生活服务圈建设 | 甲街道、乙街道、丙镇 | 完成中心城区生活服务圈建设。',
      '2 | 实施老旧小区提升工程 | 住房城乡建设局 | 完成老旧小区改造。',
      '3 | 开展消防安全能力建设 | 消防救援大队、应急管理局 | 接入率达到100%。',
    ]);
  });
});
