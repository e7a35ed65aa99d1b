import { describe, expect, it } from 'vitest';
import { kindNamed, proseDuties } from './prose-duty';

// kind-named: a kind of unit followed by its name in brackets (系统维护单位（数交公司）) is the body the brackets name.
describe('kind-named: the name in brackets after a kind of unit', () => {
  it.each([
    ['系统维护单位（数交公司）', '数交公司'],
    ['牵头单位(区发改局)', '区发改局'],
    ['技术支撑机构（市信息中心）', '市信息中心'],
  ])('%s → %s', (name, body) => {
    expect(kindNamed(name)).toBe(body);
  });

  it('reads the named body as the subject', () => {
    expect(proseDuties('系统维护单位（数交公司）负责给上述账号赋予权限。').map((d) => d.name)).toEqual(['数交公司']);
  });
});
