import { describe, expect, it } from 'vitest';
import { canonicalDepartment, defaultDirectory, isGenericActor } from '../extract/departments';
import { successorStems } from '../submission/former-names';
import { isTownBody } from './names';

// One table serves policy folding and report reading, at district, county and city level alike.
const dir = defaultDirectory();

describe('department names as data', () => {
  it.each([
    ['区人社局', '区人力资源和社会保障局'],
    ['县人社局', '县人力资源和社会保障局'],
    ['市人社局', '市人力资源和社会保障局'],
    ['县工商局', '县市场监督管理局'],
    ['市安监局', '市应急管理局'],
    ['县国土资源局', '县自然资源和规划局'],
  ])('policy folding: %s → %s', (name, canonical) => {
    expect(canonicalDepartment(name, dir)).toBe(canonical);
  });

  it.each([
    ['国土资源局', '自然资源局'],
    ['规划局', '自然资源和规划局'],
    ['文广新局', '文化广电旅游局'],
    ['环保局', '生态环境分局'],
    ['金融办', '地方金融监督管理局'],
  ])('report reading: %s is taken over by %s', (former, successor) => {
    expect(successorStems(former)).toContain(successor);
  });

  it.each(['区直有关部门', '县直有关部门', '市直有关部门', '各乡镇人民政府', '各县（市、区）人民政府'])('%s is generic', (name) => {
    expect(isGenericActor(name, dir)).toBe(true);
  });
});

describe('isTownBody', () => {
  it.each(['新华街道办事处', '严集镇人民政府', '龙山乡政府', '新华街道', '严集镇'])('%s is a town or street body', (name) => {
    expect(isTownBody(name)).toBe(true);
  });
  it.each(['区财政局', '区乡村振兴局', '区住房和城乡建设局', '镇', '乡', '街道', '区政府'])('%s is not', (name) => {
    expect(isTownBody(name)).toBe(false);
  });
});
