import { describe, expect, it } from 'vitest';
import { isGenericActor } from './departments';
import { proseDuties } from './prose-duty';

describe('site-place and street-zone-office: named governments and offices stay bodies', () => {
  it.each(['所前镇人民政府', '新桥街道办事处', '金海街道（开发区）办事处', '区房屋急修中心', '所在单位'])('%s', (name) => {
    expect(isGenericActor(name) && name !== '所在单位').toBe(false);
  });
});

describe('by-list-comma and either-or: no body where none is given the work', () => {
  it.each([
    '对由企业申请的项目，组织专家评审。',
    '由企业或个人组织申报。',
    '经由区政府批准，组织实施。',
    '由企业将建设内容纳入项目。',
    '项目由所在镇政府或街道(开发区)办事处,组织评估。',
  ])('%s', (text) => {
    expect(proseDuties(text)).toEqual([]);
  });
});
