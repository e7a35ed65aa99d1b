import { describe, expect, it } from 'vitest';
import { cellRows as rows } from './__fixtures__/cell-rows';
import { isGroupHeader, splitNames, withoutClosingBracket } from './group-column';

// group-column: the second column names the task's group, merged down its rows (宝山区, 宝府办〔2019〕26号 附件1).
describe('group-column: a merged group column after 序号', () => {
  it('carries the group down its rows and reads lead, supporters and time', () => {
    expect(
      rows(
        '序号', '任务名称', '任务内容', '牵头部门', '配合部门', '时间节点',
        '1', '加强组织领导', '召开全区生活垃圾分类工作动员大会。', '区政府办公室', '各联席会议成员单位', '2019年3月',
        '2', '将生活垃圾管理纳入专项督查和绩效评价指标体系。', '区委组织部（区公务员局）', '区绿化市容局', '2019年',
        '3', '推进基层建设', '落实街镇联席办分析评价制度。', '区民政局', '各街镇（园区）', '2019年',
        '4', '深入开展达标、示范街镇创建活动。', '各街镇（园区）', '区绿化市容局、', '区农业农村委', '2019年',
      ),
    ).toEqual([
      '序号 | 任务名称 | 任务内容 | 牵头部门 | 配合部门 | 时间节点',
      '1 | 加强组织领导 | 召开全区生活垃圾分类工作动员大会。 | 区政府办公室 | 各联席会议成员单位 | 2019年3月',
      '2 | 加强组织领导 | 将生活垃圾管理纳入专项督查和绩效评价指标体系。 | 区委组织部（区公务员局） | 区绿化市容局 | 2019年',
      '3 | 推进基层建设 | 落实街镇联席办分析评价制度。 | 区民政局 | 各街镇（园区） | 2019年',
      '4 | 推进基层建设 | 深入开展达标、示范街镇创建活动。 | 各街镇（园区） | 区绿化市容局、区农业农村委 | 2019年',
    ]);
  });

  it('reads a bracket holding several names as one name', () => {
    expect(rows('序号', '任务名称', '任务内容', '牵头部门', '配合部门', '时间节点', '1', '营造良好氛围', '结合好家风好家训工作，实现垃圾分类进家庭培训。', '区民政局、区委宣传部（区文明办、区政府新闻办）、区妇联', '区绿化市容局', '2019年')).toEqual([
      '序号 | 任务名称 | 任务内容 | 牵头部门 | 配合部门 | 时间节点',
      '1 | 营造良好氛围 | 结合好家风好家训工作，实现垃圾分类进家庭培训。 | 区民政局、区委宣传部（区文明办、区政府新闻办）、区妇联 | 区绿化市容局 | 2019年',
    ]);
  });

  it.each([
    ['任务名称', '任务内容'],
    ['项目名称', '具体措施'],
    ['类别', '工作事项'],
  ])('%s then %s is a group column and a task column', (a, b) => expect(isGroupHeader(a, b)).toBe(true));

  it('splits names outside brackets only, and reads a name before the bracket it closes on', () => {
    expect(splitNames('区委宣传部（区文明办、区政府新闻办）、区民政局')).toEqual(['区委宣传部（区文明办、区政府新闻办）', '区民政局']);
    expect(withoutClosingBracket('各街镇（园区）')).toBe('各街镇');
  });
});
