import { describe, expect, it } from 'vitest';
import { cellRows as rows } from './__fixtures__/cell-rows';

// The leader-column rule: what it leaves alone.

describe('joinCellLines: leader-column, negative cases', () => {
  it('takes no column other than the people answerable after the supporters\' (a detail column stays unread)', () => {
    const input = [
      '序号', '主要工作举措', '牵头单位', '配合单位', '完成情况',
      '1', '加快在建项目的建设进度。', '近海经济区管委会', '区发展改革局', '已完成',
    ];
    expect(rows(...input)).toEqual(input);
  });

  it('takes no sentence and no body for a leader\'s cell: the row ends before it, the line a paragraph of its own', () => {
    expect(
      rows(
        '序号', '主要工作举措', '牵头单位', '配合单位', '责任领导',
        '1', '加快在建项目的建设进度。', '近海经济区管委会', '区发展改革局', '全力推进项目建设。',
      ),
    ).toEqual([
      '序号 | 主要工作举措 | 牵头单位 | 配合单位 | 责任领导',
      '1 | 加快在建项目的建设进度。 | 近海经济区管委会 | 区发展改革局 | ',
      '全力推进项目建设。',
    ]);
  });
});
