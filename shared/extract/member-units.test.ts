import { describe, expect, it } from 'vitest';
import { isGenericActor } from './departments';
import { isMemberUnits } from './member-units';
import { readResponsibility } from './responsibility';

describe('member-units: the members of a joint conference or group are generic', () => {
  it.each(['省完善促进消费体制机制厅际联席会议成员单位', '市托育联席会议其他成员单位', '市安委会成员单位', '领导小组全体成员单位', '成员单位', '指挥部其他成员部门'])(
    '%s',
    (name) => {
      expect(isMemberUnits(name)).toBe(true);
      expect(isGenericActor(name)).toBe(true);
    },
  );

  it('leaves the bodies listed before them', () => {
    const read = readResponsibility('（市教委、市计划生育协会和市托育联席会议其他成员单位按职责分工负责）');
    expect(read.lead).toEqual(['市教委', '市计划生育协会']);
    expect(read.generic).toEqual(['市托育联席会议其他成员单位']);
  });

  it('reads a bracket naming only the members as a generic duty', () => {
    const read = readResponsibility('（省完善促进消费体制机制厅际联席会议成员单位按职责分工负责）');
    expect(read.lead).toEqual([]);
    expect(read.generic).toEqual(['省完善促进消费体制机制厅际联席会议成员单位']);
  });
});
