import { describe, expect, it } from 'vitest';
import { isSealLine, looksLikeDepartment, namesOnlyLine, splitDepartmentList, splitFusedNames } from './department-names';

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
  it('reads both plates of a two-plate body', () => {
    expect(namesOnlyLine('县发展和改革局（县粮食和物资储备局）')).toEqual(['县发展和改革局', '县粮食和物资储备局']);
    expect(namesOnlyLine('（云溪县粮食和物资储备局）')).toEqual(['云溪县粮食和物资储备局']);
    expect(namesOnlyLine('区民政局（盖章）')).toEqual(['区民政局']);
  });
  it('refuses brackets that hold no body', () => {
    expect(namesOnlyLine('区民政局（2023年）')).toBeNull();
    expect(namesOnlyLine('（此件公开发布）')).toBeNull();
  });
  it('refuses a sentence that mentions a body', () => {
    expect(namesOnlyLine('会同区财政局开展检查。')).toBeNull();
    expect(namesOnlyLine('区民政局 特此报告')).toBeNull();
  });
});

describe('splitFusedNames', () => {
  it.each([
    ['区财政局区税务局', ['区财政局', '区税务局']],
    ['县教育局县卫生健康局县医保局', ['县教育局', '县卫生健康局', '县医保局']],
    ['市中区发展和改革局市中区商务局', ['市中区发展和改革局', '市中区商务局']],
    ['区残联区妇联', ['区残联', '区妇联']],
  ])('splits %s', (text, names) => expect(splitFusedNames(text)).toEqual(names));

  it.each([
    '区政府办公室', '区发展和改革委员会', '市公安局市中分局', '区住房和城乡建设局市政工程处', '国家税务总局枣庄市市中区税务局',
    '市规划局区域规划中心', '区人力资源和社会保障局', '市中区市场监督管理局',
  ])('keeps %s whole', (name) => expect(splitFusedNames(name)).toBeNull());

  it('splits at a name the caller knows, though it carries no level', () => {
    const known = (n: string) => ['人社局', '民政局'].includes(n);
    expect(splitFusedNames('人社局民政局', known)).toEqual(['人社局', '民政局']);
    expect(splitFusedNames('人社局民政局')).toBeNull();
  });

  it('reads fused names in a list and on a signature line', () => {
    expect(splitDepartmentList('区财政局区税务局、区民政局')).toEqual(['区财政局', '区税务局', '区民政局']);
    expect(namesOnlyLine('县交通运输局县公路局')).toEqual(['县交通运输局', '县公路局']);
  });
});

describe('isSealLine', () => {
  it.each(['（盖章）', '(公章)', ' （代章） ', '（章）'])('%s is only a seal mark', (line) => expect(isSealLine(line)).toBe(true));
  it.each(['', '区民政局（盖章）', '（此件公开发布）', '（2021年11月30日）'])('%s is not', (line) => expect(isSealLine(line)).toBe(false));
});
