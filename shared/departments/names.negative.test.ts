import { describe, expect, it } from 'vitest';
import { canonicalDepartment, defaultDirectory, isGenericActor } from '../extract/departments';
import { BODY_NAME_GROUPS } from '../extract/department-table';
import { successorStems } from '../submission/former-names';
import { BODIES } from './names';

// One table serves policy folding and report reading, at district, county and city level alike.
const dir = defaultDirectory();

describe('department names as data: negative cases', () => {
  it('puts no name in two folding groups', () => {
    const all = BODY_NAME_GROUPS.flat();
    expect(all.length).toBe(new Set(all).size);
  });

  it('never folds one merged body into another', () => {
    expect(canonicalDepartment('市文化广电旅游局', dir)).toBe('市文化广电旅游局');
    expect(canonicalDepartment('区规划局', dir)).toBe('区规划局');
  });

  it('gives current names no predecessor', () => {
    for (const body of BODIES) for (const name of body.names) expect(successorStems(name)).toEqual([]);
  });

  it.each(['县人民政府', '市财政局', '县级市'])('%s is not generic', (name) => {
    expect(isGenericActor(name, dir)).toBe(false);
  });
});
