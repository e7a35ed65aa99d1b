import { describe, expect, it } from 'vitest';
import { carryListLevel, type ListItem } from './list-level-prefix';

const run = (...names: string[]): ListItem[] => names.map((name, k) => ({ name, after: k === 0 ? null : '、' }));

// town-level: a town writes 镇 once for a run of its offices, its stations (所) among them (七宝镇, 2020, 三、5.).
describe('town-level: 镇 written once holds for the run', () => {
  it.each([
    [run('镇规建办', '安监所'), ['镇规建办', '镇安监所']],
    [run('镇财政所', '规建办', '城运中心'), ['镇财政所', '镇规建办', '镇城运中心']],
    [run('区民政局', '派出所'), ['区民政局', '区派出所']],
  ])('%j', (items, expected) => {
    expect(carryListLevel(items)).toEqual(expected);
  });
});
