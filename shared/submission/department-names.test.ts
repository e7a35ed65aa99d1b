import { describe, expect, it } from 'vitest';
import { looksLikeDepartment, namesOnlyLine, splitDepartmentList } from './department-names';

describe('looksLikeDepartment', () => {
  it.each([
    '区民政局', '区人力资源和社会保障局', '区发展和改革委员会', '区大数据中心', '市中区市场监督管理局',
    '区公安分局', '区残联', '区消防救援大队', '区统计局', '中共市中区委组织部', '区委党史学习教育领导小组办公室',
  ])('accepts %s', (name) => expect(looksLikeDepartment(name)).toBe(true));

  it.each([
    '关于召开会议的通知', '特此报告', '区民政局关于', '形成工作格局', '2021年11月30日', '二〇二一年十二月八日',
    '局', '区民政局：', '联系电话', '召开专题座谈会', '区政府有关部门按职责分工负责',
  ])('rejects %s', (text) => expect(looksLikeDepartment(text)).toBe(false));
});

describe('splitDepartmentList', () => {
  it.each([
    ['区发改委、区商务局', ['区发改委', '区商务局']],
    ['区财政局 区税务局', ['区财政局', '区税务局']],
    ['区财政局和区税务局', ['区财政局', '区税务局']],
    ['区发展和改革委员会', ['区发展和改革委员会']],
    ['区住房和城乡建设局与区自然资源局', ['区住房和城乡建设局', '区自然资源局']],
  ])('%s', (text, names) => expect(splitDepartmentList(text)).toEqual(names));
});

describe('namesOnlyLine', () => {
  it('reads a joint signature spaced out on one line', () => {
    expect(namesOnlyLine('区发展和改革委员会    区商务和投资促进局')).toEqual(['区发展和改革委员会', '区商务和投资促进局']);
  });
  it('joins a name broken by a PDF line wrap', () => {
    expect(namesOnlyLine('区市场 监管局')).toEqual(['区市场监管局']);
  });
  it('refuses a sentence that mentions a body', () => {
    expect(namesOnlyLine('会同区财政局开展检查。')).toBeNull();
    expect(namesOnlyLine('区民政局 特此报告')).toBeNull();
  });
});
