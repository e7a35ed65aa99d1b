import { describe, expect, it } from 'vitest';
import { carryListLevel, type ListItem } from './list-level-prefix';

const run = (...names: string[]): ListItem[] => names.map((name, k) => ({ name, after: k === 0 ? null : '、' }));

// town-level, where it must not fire: a run broken by a comma, names of a level of their own (区建管委), generic names
// (各村, 相关部门), and a place whose name opens on 镇 (镇江市, 镇海区), which is no town's level.
describe('town-level: negative cases', () => {
  it.each([
    [[{ name: '镇规建办', after: null }, { name: '安监所', after: '，' }], ['镇规建办', '安监所']],
    [run('镇规建办', '区建管委'), ['镇规建办', '区建管委']],
    [run('镇规建办', '各村', '相关部门'), ['镇规建办', '各村', '相关部门']],
    [run('镇江市财政局', '税务局'), ['镇江市财政局', '税务局']],
    [run('镇海区发改局', '财政局'), ['镇海区发改局', '财政局']],
    [run('镇海区发改局', '安监所'), ['镇海区发改局', '安监所']],
  ])('%j', (items, expected) => {
    expect(carryListLevel(items as ListItem[])).toEqual(expected);
  });
});
