import { describe, expect, it } from 'vitest';
import { dutyLabelAt, dutyLabelRole } from './duty-label';
import { readResponsibility } from './responsibility';

// support-label: 支撑单位 names the supporters, as 配合单位 does.
describe('support-label: 支撑单位 supports', () => {
  it.each([
    ['支撑单位：区规划资源局、区建设管理委', '支撑单位：', 'support'],
    ['支撑部门:区经委', '支撑部门:', 'support'],
    ['配合单位：区财政局', '配合单位：', 'support'],
  ])('%s', (line, label, role) => {
    expect(dutyLabelAt(line)).toBe(label);
    expect(dutyLabelRole(label)).toBe(role);
  });

  it.each([
    // 松江区城市更新2025年度实施计划 (沪松府办〔2025〕31号)
    ['1.加力推进九里亭秀浜城市更新项目。（牵头单位：经济技术开发区、九里亭街道，支撑单位：区规划资源局、区建设管理委、区经委）', ['经济技术开发区', '九里亭街道'], ['区规划资源局', '区建设管理委', '区经委']],
    ['7.推进5个“美丽街区”建设。（牵头单位：区绿化市容局，支撑单位：相关街镇）', ['区绿化市容局'], []],
    ['16.启动沈氏宅等修缮工程。（牵头单位：岳阳街道、永丰街道、泗泾镇，支撑单位：区文化旅游局）', ['岳阳街道', '永丰街道', '泗泾镇'], ['区文化旅游局']],
  ])('%s', (text, lead, support) => {
    const r = readResponsibility(text);
    expect([r.lead, r.support]).toEqual([lead, support]);
  });
});
