import { describe, expect, it } from 'vitest';
import { carryEach } from './list-each';
import type { ListItem } from './list-level-prefix';

const run = (...names: string[]): ListItem[] => names.map((name, k) => ({ name, after: k === 0 ? null : '、' }));

// related-kinds: what it leaves alone.
describe('related-kinds, negative cases', () => {
  it.each([
    // 相关 before a kind of department, not of government: the bodies after it stay bodies
    [run('相关部门', '市财政局'), ['相关部门', '市财政局']],
    // a named body after the kind is no kind
    [run('相关市', '县财政局'), ['相关市', '县财政局']],
    // a comma ends the run
    [[{ name: '相关市', after: null }, { name: '县政府', after: '，' }], ['相关市', '县政府']],
  ])('%j', (items, expected) => {
    expect(carryEach(items as ListItem[])).toEqual(expected);
  });
});
