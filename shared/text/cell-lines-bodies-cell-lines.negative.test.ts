import { describe, expect, it } from 'vitest';
import { cellRows as rows } from './__fixtures__/cell-rows';

// The bodies-cell-lines rule: what it leaves alone.

describe('joinCellLines: bodies-cell-lines, negative cases', () => {
  it('leaves a detail cell that follows the bodies\' cell where the row has no lines to spare', () => {
    // the 推广范围 cell names a body's kind, but each row is exactly as long as the header
    expect(
      rows(
        '序号', '改革举措', '指导部门', '推广范围',
        '1', '推行专利快速审查。', '知识产权局', '全国',
        '2', '建立科技成果转化机制。', '科技部', '全面创新改革试验区域',
      ),
    ).toEqual([
      '序号 | 改革举措 | 指导部门 | 推广范围',
      '1 | 推行专利快速审查。 | 知识产权局 | 全国',
      '2 | 建立科技成果转化机制。 | 科技部 | 全面创新改革试验区域',
    ]);
  });

  it('does not take a sentence after the bodies for a body', () => {
    // the row is a line too long, but the line after the bodies is the content, not a name: the bodies' cell is one
    // body, and the line left over stands alone
    const out = rows(
      '序号', '事项名称', '责任单位', '事项内容',
      '1', '实施老旧小区提升工程', '住房城乡建设局', '完成老旧小区改造。', '已列入年度计划。',
      '2', '开展消防安全能力建设', '消防救援大队', '接入率达到100%。',
    );
    expect(out.slice(0, 3)).toEqual(['序号 | 事项名称 | 责任单位 | 事项内容', '1 | 实施老旧小区提升工程 | 住房城乡建设局 | 完成老旧小区改造。', '已列入年度计划。']);
  });

  it('does not join lines after a bodies\' cell followed by the deadline\'s column', () => {
    const out = rows('序号', '重点工作', '责任领导', '责任部门', '完成期限', '1', '推进园区建设。', '张三', '经济发展局', '建设管理局', '持续推进');
    expect(out[1].split(' | ')[3]).toBe('经济发展局');
  });
});
