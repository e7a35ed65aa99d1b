import { describe, expect, it } from 'vitest';
import { isGenericActor } from './departments';
import { isEachZone } from './each-zone';

describe('each-zone: 各 before a kind of park or zone is generic', () => {
  it.each(['市管各园区管委会', '各园区管委会', '各开发区管委会', '全市各园区', '县属各工业园区管理委员会', '各功能区管理机构'])('%s', (name) => {
    expect(isEachZone(name)).toBe(true);
    expect(isGenericActor(name)).toBe(true);
  });
});
