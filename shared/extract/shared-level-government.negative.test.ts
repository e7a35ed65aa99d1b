import { describe, expect, it } from 'vitest';
import type { ListItem } from './list-level-prefix';
import { carrySharedGovernment } from './shared-government';

const run = (...names: string[]): ListItem[] => names.map((name, k) => ({ name, after: k === 0 ? null : '、' }));

// shared-level-government: what it leaves alone.
describe('shared-level-government, negative cases', () => {
  it.each([
    // a body's name before the government is no place (铁路办, 农垦总局, 指挥部)
    [run('铁路办', '绥芬河市政府'), ['铁路办', '绥芬河市政府']],
    [run('省农垦总局', '黑河市政府'), ['省农垦总局', '黑河市政府']],
    [run('机场扩建指挥部', '黑河市政府'), ['机场扩建指挥部', '黑河市政府']],
    // 相关, 各: no place
    [run('相关', '黑河市政府'), ['相关', '黑河市政府']],
    // a government without its level, or none at all after the places
    [run('哈尔滨', '黑河'), ['哈尔滨', '黑河']],
    // a comma ends the run
    [[{ name: '哈尔滨', after: null }, { name: '黑河市政府', after: '，' }], ['哈尔滨', '黑河市政府']],
  ])('%j', (items, expected) => {
    expect(carrySharedGovernment(items as ListItem[])).toEqual(expected);
  });
});
