import { describe, expect, it } from 'vitest';
import { dutyLabelAt, dutyLabelRole } from './duty-label';
import { readResponsibility } from './responsibility';

describe('dutyLabelAt and dutyLabelRole', () => {
  it.each([
    ['牵头单位：市发改委', '牵头单位：', 'lead'],
    ['配合单位:市财政局', '配合单位:', 'support'],
    ['责任单位：市商务局', '责任单位：', 'open'],
    ['主要责任单位：市住建局', '主要责任单位：', 'open'],
    // work-report divisions that write one field a line (六安市, 2021年重点工作及责任分解)
    ['牵头责任单位:市发改委。', '牵头责任单位:', 'lead'],
    ['协同责任单位:市发改委、市税务局等。', '协同责任单位:', 'support'],
    ['配合责任部门：区财政局', '配合责任部门：', 'support'],
  ])('%s', (line, label, role) => {
    expect(dutyLabelAt(line)).toBe(label);
    expect(dutyLabelRole(label)).toBe(role);
  });
});

describe('fields one a line, read as a responsibility', () => {
  it('takes the lead from 牵头责任单位 and the support from 协同责任单位', () => {
    const r = readResponsibility('2.规上工业增加值增长9.5%以上。\n牵头负责领导:束学龙。\n牵头责任单位:市经信局。\n协同责任单位:市发改委、市农业农村局、市税务局等。');
    expect([r.lead, r.support, r.joint]).toEqual([['市经信局'], ['市发改委', '市农业农村局', '市税务局'], false]);
  });
});
