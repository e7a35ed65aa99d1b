import { describe, expect, it } from 'vitest';
import { carryEach } from './list-each';
import type { ListItem } from './list-level-prefix';

const run = (...names: string[]): ListItem[] => names.map((name, k) => ({ name, after: k === 0 ? null : '、' }));

// each-place-bureau, where it must not fire: a body with a level of its own (市消防救援局), a body that is no bureau (经开区
// 管委会, 嘉鱼经济开发区), a 各 naming governments or kinds of place rather than a bureau, and a list broken by a comma.
describe('each-place-bureau: negative cases', () => {
  it.each([
    [run('各区民政局', '市消防救援局'), ['各区民政局', '市消防救援局']],
    [run('各区民政局', '经开区管委会'), ['各区民政局', '经开区管委会']],
    [run('各镇人民政府', '嘉鱼经济开发区'), ['各镇人民政府', '嘉鱼经济开发区']],
    [run('各区人民政府', '发展改革委'), ['各区人民政府', '发展改革委']],
    [[{ name: '各区民政局', after: null }, { name: '消防救援局', after: '，' }], ['各区民政局', '消防救援局']],
  ])('%j', (items, expected) => {
    expect(carryEach(items as ListItem[])).toEqual(expected);
  });
});
