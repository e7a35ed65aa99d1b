import { describe, expect, it } from 'vitest';
import { carryListLevel, type ListItem } from './list-level-prefix';
import { isPlaceNamedOffice } from './vertical-offices';

const run = (...names: string[]): ListItem[] => names.map((name, k) => ({ name, after: k === 0 ? null : '、' }));

// place-named-office: an office of a higher level's system written after a place's bare name (哈尔滨铁路局) carries its
// place in its name: the level a run writes once is not put before it.
describe('place-named-office: a place\'s bare name before an office of another system', () => {
  it.each(['哈尔滨铁路局', '东莞供电局', '绥芬河海关', '黑河气象局'])('%s', (name) => expect(isPlaceNamedOffice(name)).toBe(true));

  it('keeps the list\'s 省 off it, not off the province\'s own office beside it', () => {
    expect(carryListLevel(run('省发改委', '铁路办', '哈尔滨铁路局'))).toEqual(['省发改委', '省铁路办', '哈尔滨铁路局']);
  });
});
