import { describe, expect, it } from 'vitest';
import { isGenericActor } from './departments';
import { isMemberUnits } from './member-units';

describe('member-units: negative cases', () => {
  it.each(['市托育联席会议办公室', '区委全面深化改革领导小组办公室', '市安委会', '市计划生育协会', '省人力资源社会保障厅', '成员单位联络员'])('%s is no set of members', (name) => {
    expect(isMemberUnits(name)).toBe(false);
  });
  it.each(['市托育联席会议办公室', '区委全面深化改革领导小组办公室', '市计划生育协会'])('%s is one body', (name) => {
    expect(isGenericActor(name)).toBe(false);
  });
});
