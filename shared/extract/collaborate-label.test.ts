import { describe, expect, it } from 'vitest';
import { dutyLabelAt, dutyLabelRole } from './duty-label';
import { readResponsibility } from './responsibility';

// collaborate-label: 协作单位 names the supporters, as 配合单位 does; 主要 before it changes nothing.
describe('collaborate-label: 协作单位 supports', () => {
  it.each([
    ['主要协作单位:各乡镇人民政府、经济开发区管委会', '主要协作单位:'],
    ['协作单位：县财政局', '协作单位：'],
    ['协作部门:县民政局', '协作部门:'],
  ])('%s', (line, label) => {
    expect(dutyLabelAt(line)).toBe(label);
    expect(dutyLabelRole(label)).toBe('support');
  });

  it('reads the lead line and the collaborators line of a task (灵璧县卫健委 2021年政府工作报告任务分解)', () => {
    const r = readResponsibility(
      '1.落实积极应对人口老龄化国家战略。\n牵头责任单位:县卫健委、县民政局\n主要协作单位:各乡镇人民政府、经济开发区管委会,县政府有关部门、有关直属单位',
    );
    expect([r.lead, r.support]).toEqual([['县卫健委', '县民政局'], ['经济开发区管委会']]);
    expect(r.generic).toEqual(['各乡镇人民政府', '县政府有关部门', '有关直属单位']);
  });

  it('reads collaborators in a bracket after the lead', () => {
    const r = readResponsibility('4.创建国家卫生县城。（牵头单位：县卫健委；协作单位：县住建局、县城管局）');
    expect([r.lead, r.support]).toEqual([['县卫健委'], ['县住建局', '县城管局']]);
  });
});
