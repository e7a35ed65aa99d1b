import { describe, expect, it } from 'vitest';
import { placeFromIssuer } from '../extract/departments';
import type { PolicyExtract } from '../types';
import { placedName, placesAnyName, renamedPolicy, workspaceNamer, workspacePlacing } from './place-names';

const jinan = placeFromIssuer('六安市金安区人民政府');
const haicheng = placeFromIssuer('海城市人民政府');

describe('place-names: negative cases', () => {
  it('leaves a name already written with its place', () => {
    expect(placedName('金安区民政局', jinan)).toBe('金安区民政局');
    expect(placedName('六安市民政局', jinan)).toBe('六安市民政局');
    // by the place's short name: 市中区's 市中供电中心 is no 市 body
    expect(placedName('市中供电中心', placeFromIssuer('枣庄市市中区人民政府办公室'))).toBe('市中供电中心');
    expect(placedName('金安供电公司', jinan)).toBe('金安供电公司');
  });

  it('leaves a name of no level, a market and a level the issuer’s place does not name', () => {
    expect(placedName('六安供电公司', jinan)).toBe('六安供电公司');
    expect(placedName('市场监管局', haicheng)).toBe('市场监管局');
    expect(placedName('县民政局', jinan)).toBe('县民政局');
    // 海城市 names no province above it
    expect(placedName('省财政厅', haicheng)).toBe('省财政厅');
  });

  it('leaves every name when no place is known', () => {
    expect(placedName('区民政局', null)).toBe('区民政局');
  });

  it('finds no shared name in a workspace of one place, however it writes its issuer', () => {
    const placing = workspacePlacing([
      { place: jinan, names: ['区民政局', '市民政局'] },
      { place: placeFromIssuer('金安区人民政府办公室'), names: ['区民政局', '市民政局'] },
    ]);
    expect(placesAnyName(placing)).toBe(false);
  });

  it('counts no place for a policy whose place is unknown: its names may be any place’s', () => {
    expect(placesAnyName(workspacePlacing([{ place: jinan, names: ['区民政局'] }, { place: null, names: ['区民政局'] }]))).toBe(false);
  });

  it('keeps a name of a level only one place stands at as read, and applies no merge to it', () => {
    // 金安区 and 六安市: one 区, one 市; 区民政局 is used by one place only
    const placing = workspacePlacing([
      { place: jinan, names: ['区民政局', '区财政局'] },
      { place: placeFromIssuer('六安市人民政府'), names: ['区财政局'] },
    ]);
    expect(placing.levels.size).toBe(0);
    const namer = workspaceNamer(jinan, placing, () => '别的部门');
    expect(namer('区民政局')).toBe('区民政局');
  });

  it('keeps a city’s own names as read beside another city’s district whose policy names no body of its city', () => {
    const placing = workspacePlacing([
      { place: placeFromIssuer('枣庄市市中区人民政府办公室'), names: ['区财政局', '区民政局'] },
      { place: placeFromIssuer('江川市人民政府'), names: ['市财政局'] },
    ]);
    expect(placesAnyName(placing)).toBe(false);
    expect(workspaceNamer(placeFromIssuer('江川市人民政府'), placing)('市财政局')).toBe('市财政局');
  });

  it('keeps generic actors and names of no level as read, whatever levels two places share', () => {
    const placing = workspacePlacing([
      { place: jinan, names: ['区民政局'] },
      { place: placeFromIssuer('六安市裕安区人民政府'), names: ['区财政局'] },
    ]);
    const namer = workspaceNamer(jinan, placing);
    expect(namer('国网六安供电公司')).toBe('国网六安供电公司');
    expect(namer('市场监管局')).toBe('市场监管局');
    // a measure's generic actors are kept as written, those of the placed level too
    const policy = { measures: [{ lead: ['区民政局'], support: [], generic: ['区直各部门', '各镇街'] }], departments: ['区民政局'] } as unknown as PolicyExtract;
    const renamed = renamedPolicy(policy, namer);
    expect(renamed.measures[0].lead).toEqual(['金安区民政局']);
    expect(renamed.measures[0].generic).toEqual(['区直各部门', '各镇街']);
  });
});
