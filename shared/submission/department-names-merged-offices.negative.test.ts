// Negative cases of merged-offices (see department-names-merged-offices.test.ts).
import { describe, expect, it } from 'vitest';
import { isBracketedName, listPieces, namesOnlyLine, splitDepartmentList } from './department-names';

describe('merged-offices: negative cases', () => {
  it('splits a plain list at every separator', () => {
    expect(listPieces('区发改委、区商务局，区财政局 区税务局')).toEqual(['区发改委', '区商务局', '区财政局', '区税务局']);
  });

  it.each([
    ['a year in the brackets', '区民政局（2023年）'],
    ['a year in a bracket left open', '区民政局(2023年'],
    ['a note in the brackets', '区发改委（牵头、负责）'],
  ])('reads no body from %s', (_what, text) => {
    expect(namesOnlyLine(text)).toBeNull();
  });

  it('does not take the brackets of one name for a list of the next', () => {
    expect(splitDepartmentList('市财政局（市国资委）、市税务局')).toEqual(['市财政局', '市国资委', '市税务局']);
  });

  it.each([
    ['a name outside any bracket', '市机关事务局', '市政府办公室、市机关事务局'],
    ['a name after the bracket closed', '市机关事务局', '市政府办公室（市政府研究室）市机关事务局'],
    ['the end of a longer name inside the bracket', '事务局', '市政府办公室（市机关事务局）'],
  ])('does not take %s for one written in brackets', (_what, name, text) => {
    expect(isBracketedName(name, text)).toBe(false);
  });
});
