import { describe, expect, it } from 'vitest';
import { carryListLevel, type ListItem } from './list-level-prefix';

const run = (...names: string[]): ListItem[] => names.map((name, k) => ({ name, after: k === 0 ? null : '、' }));

// town-level, where it must not fire: a run broken by a comma, names of a level of their own (区建管委), generic names
// (各村, 相关部门), and a town's name that is no level (镇江市, 镇巴县).
describe('town-level: negative cases', () => {
  it.each([
    [[{ name: '镇规建办', after: null }, { name: '安监所', after: '，' }], ['镇规建办', '安监所']],
    [run('镇规建办', '区建管委'), ['镇规建办', '区建管委']],
    [run('镇规建办', '各村', '相关部门'), ['镇规建办', '各村', '相关部门']],
    [run('镇江市财政局', '税务局'), ['镇江市财政局', '税务局']],
  ])('%j', (items, expected) => {
    expect(carryListLevel(items as ListItem[])).toEqual(expected);
  });
});
