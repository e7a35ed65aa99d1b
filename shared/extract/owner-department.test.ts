import { describe, expect, it } from 'vitest';
import { proseDuties } from './prose-duty';

// owner-department: a department written after the full name of the body it belongs to is that body's own office.
describe('owner-department: 某管理局规划土地管理部门 is one body', () => {
  it.each([
    ['自贸试验区管委会保税区管理局规划土地管理部门应当依据控制性详细规划确定规划条件。', '自贸试验区管委会保税区管理局规划土地管理部门'],
    ['上海市绿化和市容管理局执法部门应当依法处理。', '上海市绿化和市容管理局执法部门'],
  ])('%s', (text, name) => {
    expect(proseDuties(text).map((d) => d.name)).toEqual([name]);
  });
});
