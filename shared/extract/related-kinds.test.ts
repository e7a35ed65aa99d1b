import { describe, expect, it } from 'vitest';
import { carryEach } from './list-each';
import type { ListItem } from './list-level-prefix';
import { isGenericActor, readNameList } from './departments';
import { readResponsibility } from './responsibility';

const run = (...names: string[]): ListItem[] => names.map((name, k) => ({ name, after: k === 0 ? null : '、' }));

// related-kinds: 相关 or 有关 before a kind of government covers the kinds after it in its 、-run, as 各 does.
describe('related-kinds: 相关市、县政府 names the governments concerned, generic', () => {
  it.each([
    [run('相关市', '县政府'), ['相关市', '相关县政府']],
    [run('有关县', '区人民政府'), ['有关县', '有关区人民政府']],
  ])('%j', (items, expected) => {
    expect(carryEach(items)).toEqual(expected);
  });

  it('reads a bracket whose generic governments close it: no 县政府 among the bodies, the 省 carried to 铁路办', () => {
    const r = readResponsibility('实施哈尔滨既有站改造工程。(省发改委、铁路办、哈尔滨铁路局、相关市、县政府负责)');
    expect(r.lead).toEqual(['省发改委', '省铁路办', '哈尔滨铁路局']);
    expect(readNameList('省发改委、相关市、县政府').map((x) => x.name).filter((n) => !isGenericActor(n))).toEqual(['省发改委']);
  });
});
