import { describe, expect, it } from 'vitest';
import { isGenericActor } from './departments';
import { proseResponsibility } from './prose-duty';

// 奉贤区关于进一步推进应急避难场所建设的实施方案 (2022), 三、建设方式: 「按照权属关系，由所在镇政府、街道(开发区)办事处、头桥集团或
// 区政府相关部门(单位),组织评估和方案设计」. site-place: the government or office of wherever a site lies is a generic
// actor; street-zone-office: 街道（开发区）办事处 written with no name is every such office; by-list-comma: 由 and a list,
// a comma, then the verb they carry is one clause; either-or: 或 joins the last of a list as 和 does.
describe('site-place and street-zone-office: generic actors', () => {
  it.each(['所在镇政府', '所在地镇政府', '所在街道办事处', '所在地政府', '所在区人民政府', '街道（开发区）办事处', '街道(开发区)办事处', '街道（园区）办事处'])('%s', (name) => {
    expect(isGenericActor(name)).toBe(true);
  });
});

describe('by-list-comma and either-or: the body of a 由 list', () => {
  it.each<[string, string[], string[]]>([
    ['按照权属关系，由所在镇政府、街道(开发区)办事处、头桥集团或区政府相关部门(单位),组织评估和方案设计。', ['头桥集团'], []],
    ['分别由所在镇政府、街道(开发区)办事处、头桥集团或区政府相关部门(单位)组织评估和方案设计。', ['头桥集团'], []],
    ['由区教育局，会同区体育局制定建设计划。', ['区教育局'], ['区体育局']],
    ['由区民防办或区应急局负责认定。', ['区民防办', '区应急局'], []],
    ['由所在地镇政府、头桥集团或区政府相关部门(单位)将应急避难场所建设融入新建项目。', ['头桥集团'], []],
  ])('%s', (text, lead, support) => {
    const r = proseResponsibility(text);
    expect([r?.lead, r?.support]).toEqual([lead, support]);
  });
});
