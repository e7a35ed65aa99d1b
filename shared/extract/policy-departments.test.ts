import { describe, expect, it } from 'vitest';
import type { DepartmentDirectory } from '../types';
import { canonicalDepartment, defaultDirectory } from './departments';
import { foldPolicyDepartments, withPolicyAliases } from './policy-departments';

const district = { prefixes: ['枣庄市市中区', '市中区'], level: '区' };
const dir = defaultDirectory();

describe('foldPolicyDepartments', () => {
  it('gives one name per body: the longest form the policy writes', () => {
    const f = foldPolicyDepartments(
      [['区人力资源社会保障局', '区财政局'], ['区人力资源和社会保障局'], ['枣庄市市中区人社局', '区市场监管局']],
      dir,
      district,
    );
    expect(f.canonical('区人力资源社会保障局')).toBe('区人力资源和社会保障局');
    expect(f.canonical('枣庄市市中区人社局')).toBe('区人力资源和社会保障局');
    expect(f.canonical('区人力资源和社会保障局')).toBe('区人力资源和社会保障局');
    // the table's formal name is never written here: the policy's own form stays
    expect(f.canonical('区市场监管局')).toBe('区市场监管局');
    expect(f.canonical('区财政局')).toBe('区财政局');
  });

  it('keeps a longer formal name written in the policy over its short form', () => {
    const f = foldPolicyDepartments([['区市场监管局'], ['区市场监督管理局']], dir, district);
    expect(f.canonical('区市场监管局')).toBe('区市场监督管理局');
  });

  it('keeps the name a policy writes without a level (a 开发区 body), and folds its other forms onto it', () => {
    const zone = { prefixes: ['河口经济技术开发区'], level: '区' };
    const alone = foldPolicyDepartments([['安全生产监督管理局', '经济发展局'], ['人社局']], dir, zone);
    expect(alone.canonical('安全生产监督管理局')).toBe('安全生产监督管理局');
    expect(alone.canonical('人社局')).toBe('人社局');
    const both = foldPolicyDepartments([['安监局'], ['安全生产监督管理局']], dir, zone);
    expect(both.canonical('安监局')).toBe('安全生产监督管理局');
  });

  it('folds a name from before the institutional reform onto the body the policy also names', () => {
    const f = foldPolicyDepartments([['县工商局'], ['县市场监督管理局', '县财政局']], dir, { prefixes: ['平阳县'], level: '县' });
    expect(f.canonical('县工商局')).toBe('县市场监督管理局');
  });

  it('folds an old name onto the merged body, unless one list names both', () => {
    const merged = foldPolicyDepartments([['区商务局', '区财政局'], ['区商务和投资促进局']], dir, district);
    expect(merged.canonical('区商务局')).toBe('区商务和投资促进局');

    const apart = foldPolicyDepartments([['区商务局', '区商务和投资促进局']], dir, district);
    expect(apart.canonical('区商务局')).toBe('区商务局');
    expect(apart.canonical('区商务和投资促进局')).toBe('区商务和投资促进局');
  });

  it('does not fold a body into another whose name merely starts the same', () => {
    const f = foldPolicyDepartments([['区卫生局'], ['区卫生健康局'], ['区文化和旅游局'], ['区文旅局']], dir, district);
    expect(f.canonical('区卫生局')).toBe('区卫生局');
    expect(f.canonical('区文旅局')).toBe('区文化和旅游局');
  });

  it('keeps names no rule knows, each as its own body', () => {
    const f = foldPolicyDepartments([['区残疾人托养中心', '市中供电中心']], dir, district);
    expect(f.canonical('区残疾人托养中心')).toBe('区残疾人托养中心');
    expect(f.canonical('市中供电中心')).toBe('市中供电中心');
  });

  it('respects a name a user chose, even a shorter one', () => {
    const chosen: DepartmentDirectory = { aliases: [...dir.aliases, { alias: '区人力资源和社会保障局', canonical: '区人社局' }], generic: [] };
    const f = foldPolicyDepartments([['区人力资源和社会保障局'], ['区人力资源社会保障局']], chosen, district);
    expect(f.canonical('区人力资源和社会保障局')).toBe('区人社局');
    expect(f.canonical('区人力资源社会保障局')).toBe('区人社局');
  });

  it('respects a split a user made', () => {
    const split: DepartmentDirectory = { aliases: [...dir.aliases, { alias: '区商务局', canonical: '区商务局' }], generic: [] };
    const f = foldPolicyDepartments([['区商务局'], ['区商务和投资促进局']], split, district);
    expect(f.canonical('区商务局')).toBe('区商务局');
  });

  it('lists every form seen, and the directory name, as aliases of the canonical name', () => {
    const f = foldPolicyDepartments([['枣庄市市中区市场监管局'], ['区市场监管局']], dir, district);
    expect(f.aliases).toEqual(
      expect.arrayContaining([
        { alias: '区市场监管局', canonical: '区市场监管局' },
        { alias: '枣庄市市中区市场监管局', canonical: '区市场监管局' },
        { alias: '区市场监督管理局', canonical: '区市场监管局' },
      ]),
    );
  });
});

describe('withPolicyAliases', () => {
  it('makes reports fold to the names the policy uses', () => {
    const aliases = foldPolicyDepartments([['区市场监管局'], ['区商务局'], ['区商务和投资促进局']], dir, district).aliases;
    const workspace = withPolicyAliases(dir, { aliases, departments: [], issuer: null });
    expect(canonicalDepartment('枣庄市市中区市场监督管理局', workspace, district)).toBe('区市场监管局');
    expect(canonicalDepartment('区市场监管局', workspace, district)).toBe('区市场监管局');
    expect(canonicalDepartment('区商务局', workspace, district)).toBe('区商务和投资促进局');
    // without them the table's formal name comes back
    expect(canonicalDepartment('区市场监管局', dir, district)).toBe('区市场监督管理局');
  });

  it("lets the user's entries win over the policy", () => {
    const user: DepartmentDirectory = { aliases: [{ alias: '区商务局', canonical: '区商务局' }], generic: [] };
    const workspace = withPolicyAliases(dir, { aliases: [{ alias: '区商务局', canonical: '区商务和投资促进局' }], departments: [], issuer: null }, user);
    expect(canonicalDepartment('区商务局', workspace)).toBe('区商务局');
  });

  it("folds a report's formal or short name to the name the policy lists", () => {
    const workspace = withPolicyAliases(dir, { aliases: [], departments: ['区自然资源局', '区医保局'], issuer: '枣庄市市中区人民政府办公室' });
    expect(canonicalDepartment('区自然资源和规划局', workspace, district)).toBe('区自然资源局');
    expect(canonicalDepartment('市中区医疗保障局', workspace, district)).toBe('区医保局');
  });
});
