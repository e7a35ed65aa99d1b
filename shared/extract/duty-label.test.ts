import { describe, expect, it } from 'vitest';
import { dutyLabelAt, dutyLabelRole, otherFieldAt } from './duty-label';
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
    // the verbs after it decide (广东省, 粤府〔2021〕22号)
    ['部门分工:省发展改革委牵头,各地、各部门配合。', '部门分工:', 'open'],
    ['责任分工：市商务局负责', '责任分工：', 'open'],
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

describe('a field naming a body for something other than the task', () => {
  it.each([
    // 成都市, 2022年《政府工作报告》目标任务责任分解方案
    ['(牵头单位:市发改委;数据提供单位:市统计局)', ['市发改委'], []],
    ['(牵头单位:市科技局;责任单位:市经信局、市财政局;数据提供单位:市统计局)', ['市科技局'], ['市经信局', '市财政局']],
    ['(牵头单位:市农业农村局;责任单位:市人社局;数据提供单位:成都调查队)', ['市农业农村局'], ['市人社局']],
    ['牵头单位：区统计局\n数据来源单位：区发改局', ['区统计局'], []],
  ])('%s', (text, lead, support) => {
    const r = readResponsibility(text);
    expect([r.lead, r.support]).toEqual([lead, support]);
  });

  it.each(['数据提供单位:市统计局', '数据来源单位：区发改局', '考核单位：市政府督查室'])('%s opens such a field', (line) => {
    expect(otherFieldAt(line)).toBe(true);
  });
});

describe('the leader answerable, on a line of its own', () => {
  it.each(['分管省领导:林克庆', '牵头负责领导:束学龙。', '责任领导：王丹', '分管市领导：张三'])('%s is a field naming a person', (line) => {
    expect(otherFieldAt(line)).toBe(true);
  });

  it('reads the lead from 部门分工 and nothing from 分管省领导', () => {
    const r = readResponsibility('1.地区生产总值增长6%以上。\n分管省领导:林克庆\n部门分工:省发展改革委牵头,各地、各部门配合。');
    expect([r.lead, r.support, r.joint]).toEqual([['省发展改革委'], [], false]);
    expect(r.generic).toEqual(['各地', '各部门']);
  });
});

describe('internal offices: a department’s own plan divides the work among its 处室 / 科室', () => {
  it.each([
    ['责任处室：规划处', '责任处室：', 'open'],
    ['牵头处室：政策法规处', '牵头处室：', 'lead'],
    ['配合处室：财务处、人事处', '配合处室：', 'support'],
    ['协办处室:人事处', '协办处室:', 'support'],
    ['牵头处（室）：法规处', '牵头处（室）：', 'lead'],
    ['责任处(室):办公室', '责任处(室):', 'open'],
    ['责任科室：办公室', '责任科室：', 'open'],
    ['牵头科室：综合科', '牵头科室：', 'lead'],
    ['牵头股室：综合股', '牵头股室：', 'lead'],
  ])('%s', (line, label, role) => {
    expect(dutyLabelAt(line)).toBe(label);
    expect(dutyLabelRole(label)).toBe(role);
  });

  it.each([
    ['（责任处室：规划处，配合处室：财务处、人事处）', ['规划处'], ['财务处', '人事处'], []],
    ['（牵头处室：政策法规处；配合处室：办公室、财务处）', ['政策法规处'], ['办公室', '财务处'], []],
    ['（牵头处室：高教处；责任处室：各处室）', ['高教处'], [], ['各处室']],
    ['责任科室：办公室', ['办公室'], [], []],
  ])('%s: the offices as written, without a place', (text, lead, support, generic) => {
    const r = readResponsibility(text);
    expect([r.lead, r.support, r.generic]).toEqual([lead, support, generic]);
  });
});
