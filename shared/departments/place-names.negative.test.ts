import { describe, expect, it } from 'vitest';
import { placeFromIssuer } from '../extract/departments';
import { namesOfSeveralPlaces, placedName, workspaceNamer } from './place-names';

const jinan = placeFromIssuer('六安市金安区人民政府');
const haicheng = placeFromIssuer('海城市人民政府');

describe('place-names: negative cases', () => {
  it('leaves a name already written with its place', () => {
    expect(placedName('金安区民政局', jinan)).toBe('金安区民政局');
    expect(placedName('六安市民政局', jinan)).toBe('六安市民政局');
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
    const shared = namesOfSeveralPlaces([
      { place: jinan, names: ['区民政局', '市民政局'] },
      { place: placeFromIssuer('金安区人民政府办公室'), names: ['区民政局', '市民政局'] },
    ]);
    expect(shared.size).toBe(0);
  });

  it('counts no place for a policy whose place is unknown: its names may be any place’s', () => {
    expect(namesOfSeveralPlaces([{ place: jinan, names: ['区民政局'] }, { place: null, names: ['区民政局'] }]).size).toBe(0);
  });

  it('keeps a name only one place uses as read, and applies no merge to it', () => {
    const namer = workspaceNamer(jinan, new Set(['区财政局']), () => '别的部门');
    expect(namer('区民政局')).toBe('区民政局');
  });
});
