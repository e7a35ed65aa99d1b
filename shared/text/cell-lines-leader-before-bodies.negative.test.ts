import { describe, expect, it } from 'vitest';
import { cellRows as rows } from './__fixtures__/cell-rows';

// leader-before-bodies: a column that names no leader between the task and the bodies is a detail column, and a
// header with one beside the supporters' is no plain table; a task's last line is the leader's only under a leader's
// column.
describe('joinCellLines: no leader column before the bodies', () => {
  it('leaves a table with a detail column before the bodies beside the supporters\' as it is', () => {
    const lines = ['序号', '目标与任务', '工作举措', '牵头责任单位', '责任单位', '1', '新增托位。', '新建托育中心。', '县教育局', '县卫健委'];
    expect(rows(...lines)).toEqual(lines);
  });

  it('keeps a last line of the task as short as a name in the task where no leader column stands', () => {
    expect(rows('序号', '目标与任务', '牵头责任单位', '责任单位', '1', '托育服务做到', '全覆盖', '县教育局', '县卫健委')).toEqual([
      '序号 | 目标与任务 | 牵头责任单位 | 责任单位',
      '1 | 托育服务做到全覆盖 | 县教育局 | 县卫健委',
    ]);
  });
});
