import { describe, expect, it } from 'vitest';
import { cellRows as rows } from './__fixtures__/cell-rows';
import { isGroupCell, isGroupHeader } from './group-column';

// group-column: only a header whose second column is a group's and third the task's.
describe('group-column: not a group column', () => {
  it.each([
    ['任务内容', '任务名称'],
    ['重点任务', '具体措施'],
    ['改革举措', '主要内容'],
  ])('%s then %s', (a, b) => expect(isGroupHeader(a, b)).toBe(false));

  it.each(['召开动员大会。', '2019年3月', '区政府办公室、区绿化市容局', '1', '推进“两网融合”'])('%s is no group cell', (t) => expect(isGroupCell(t)).toBe(false));

  it('leaves a table with a task and a detail column and two columns of bodies as it was', () => {
    const lines = ['序号', '重点任务', '主要内容', '牵头单位', '配合单位', '完成时限', '1', '推进改革', '深化审批改革。', '县审批局', '县发改局', '2019年'];
    expect(rows(...lines)).toEqual(lines);
  });

  it('reads a row without a group cell of its own under the group above, its task first', () => {
    expect(rows('序号', '任务名称', '任务内容', '牵头部门', '配合部门', '时间节点', '1', '加强组织领导', '召开动员大会。', '区政府办公室', '区绿化市容局', '2019年3月', '2', '建立联络员网络。', '区绿化市容局', '区民政局', '2019年')).toEqual([
      '序号 | 任务名称 | 任务内容 | 牵头部门 | 配合部门 | 时间节点',
      '1 | 加强组织领导 | 召开动员大会。 | 区政府办公室 | 区绿化市容局 | 2019年3月',
      '2 | 加强组织领导 | 建立联络员网络。 | 区绿化市容局 | 区民政局 | 2019年',
    ]);
  });
});
