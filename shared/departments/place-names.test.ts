import { describe, expect, it } from 'vitest';
import type { PolicyExtract } from '../types';
import { placeFromIssuer } from '../extract/departments';
import { placedName, placeKey, policyPlace, renamedPolicy, renamedReport, workspaceNamer, workspacePlacing, writesPlace } from './place-names';

const place = (issuer: string) => placeFromIssuer(issuer);
const jinan = place('六安市金安区人民政府');
const yuan = place('六安市裕安区人民政府');
const luan = place('六安市人民政府');
const haicheng = place('海城市人民政府');

describe('place-names: a body written with its place', () => {
  it('writes the issuer’s place for its own level', () => {
    expect(placedName('区民政局', jinan)).toBe('金安区民政局');
    expect(placedName('区民政局', yuan)).toBe('裕安区民政局');
    expect(placedName('市财政局', haicheng)).toBe('海城市财政局');
    expect(placedName('市民政局', luan)).toBe('六安市民政局');
  });

  it('writes the place above the issuer for its level: a district policy’s 市民政局 is the city’s', () => {
    expect(placedName('市民政局', jinan)).toBe('六安市民政局');
    expect(placedName('市民政局', jinan)).toBe(placedName('市民政局', luan));
    // a district whose own name opens on 市
    expect(placedName('市财政局', place('枣庄市市中区人民政府办公室'))).toBe('枣庄市财政局');
    expect(placedName('区财政局', place('枣庄市市中区人民政府办公室'))).toBe('市中区财政局');
  });

  it('takes the place from the title when the issuer names none', () => {
    const p = policyPlace({ issuer: null, title: '谯城区2025年政府工作报告重点工作任务分解表' });
    expect(p && placeKey(p)).toBe('谯城区');
    expect(placedName('区教育局', p)).toBe('谯城区教育局');
  });

  it('knows one place by its own name, however much of the places above is written', () => {
    expect(placeKey(jinan!)).toBe(placeKey(place('金安区人民政府办公室')!));
  });
});

describe('place-names: the names several places use', () => {
  const policies = [
    { place: jinan, names: ['区民政局', '区财政局', '市民政局'] },
    { place: yuan, names: ['区民政局', '区卫健委', '市民政局'] },
    { place: place('金安区人民政府办公室'), names: ['区卫健委'] },
  ];

  it('finds a short form two places use', () => {
    expect([...workspacePlacing(policies).shared].sort()).toEqual(['区卫健委', '区民政局', '市民政局']);
  });

  it('names a shared short form with each policy’s place, the city above both one body', () => {
    const placing = workspacePlacing(policies);
    const a = workspaceNamer(jinan, placing);
    const b = workspaceNamer(yuan, placing);
    expect([a('区民政局'), b('区民政局')]).toEqual(['金安区民政局', '裕安区民政局']);
    expect(a('市民政局')).toBe(b('市民政局'));
  });

  it('names every short form of a level whose short forms stand for two places, one place’s own too', () => {
    const placing = workspacePlacing(policies);
    expect([...placing.levels]).toEqual(['区']);
    // 区财政局 is 金安区's alone, but beside 裕安区's bodies a reader could not tell which 区 it is
    expect(workspaceNamer(jinan, placing)('区财政局')).toBe('金安区财政局');
    // a name no policy listed (a report's, an alias) is placed as well
    expect(workspaceNamer(yuan, placing)('区住房公积金管理部')).toBe('裕安区住房公积金管理部');
    expect(writesPlace(placing, '区应急局')).toBe(true);
  });

  it('follows the office’s merge of two places’ bodies', () => {
    const placing = workspacePlacing(policies);
    const merged = (n: string) => (n === '金安区民政局' ? '裕安区民政局' : n);
    expect(workspaceNamer(jinan, placing, merged)('区民政局')).toBe('裕安区民政局');
    expect(workspaceNamer(yuan, placing, merged)('区民政局')).toBe('裕安区民政局');
  });

  it('renames a policy’s duties and a report’s senders alike', () => {
    const name = workspaceNamer(jinan, { shared: new Set(['区民政局']), levels: new Set() });
    const policy = {
      measures: [{ lead: ['区民政局'], support: ['区财政局'], generic: ['各镇街'] }],
      departments: ['区财政局', '区民政局'],
      aliases: [
        { alias: '区民政局（老龄办）', canonical: '区民政局' },
        { alias: '区财政部门', canonical: '区财政局' },
      ],
    } as unknown as PolicyExtract;
    const renamed = renamedPolicy(policy, name);
    expect(renamed.measures[0].lead).toEqual(['金安区民政局']);
    expect(renamed.measures[0].support).toEqual(['区财政局']);
    expect(renamed.measures[0].generic).toEqual(['各镇街']);
    expect(renamed.departments).toEqual(['金安区民政局', '区财政局'].sort((x, y) => x.localeCompare(y, 'zh-CN')));
    // another name of a placed body carries the place too; one of a body kept as read stays as read
    expect(renamed.aliases).toEqual([
      { alias: '金安区民政局（老龄办）', canonical: '金安区民政局' },
      { alias: '区财政部门', canonical: '区财政局' },
    ]);
    expect(renamedReport({ departments: ['区民政局'], rawDepartments: ['民政局'] }, name)).toEqual({ departments: ['金安区民政局'], rawDepartments: ['民政局'] });
    // a gathered return's rows answer for bodies named the same way as its senders
    const gathered = { departments: ['区政府督查室'], links: [{ measure: 1, how: 'reference' as const, score: 1, excerpt: '', paragraph: 2, answersFor: ['区民政局'] }] };
    expect(renamedReport(gathered, name).links[0].answersFor).toEqual(['金安区民政局']);
    // the office marked the district's body generic under its place
    const marked = renamedPolicy(policy, name, (n) => n === '金安区民政局');
    expect(marked.measures[0].lead).toEqual([]);
    expect(marked.measures[0].generic).toEqual(['各镇街', '金安区民政局']);
    expect(marked.departments).toEqual(['区财政局']);
  });
});
