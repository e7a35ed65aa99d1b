import { describe, expect, it } from 'vitest';
import { proseDuties } from './prose-duty';

// owner-department, negative: a kind of department with no owner named, or after a place, stays a kind.
describe('owner-department: negative cases', () => {
  it.each(['规划土地管理部门应当依据控制性详细规划确定规划条件。', '区住房城乡建设管理部门应当加强监管。', '各区规划资源部门应当做好审批。'])('%s', (text) => {
    expect(proseDuties(text)).toEqual([]);
  });
});
