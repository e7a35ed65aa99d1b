import { describe, expect, it } from 'vitest';
import { carryListLevel, type ListItem } from './list-level-prefix';
import { isPlaceNamedOffice } from './vertical-offices';

const run = (...names: string[]): ListItem[] => names.map((name, k) => ({ name, after: k === 0 ? null : '、' }));

// place-named-office: what it leaves alone.
describe('place-named-office, negative cases', () => {
  it.each([
    // the office's kind alone: the level of the list holds for it
    '税务局',
    '铁路局',
    // written with its level, or with 地方 (the province's own regulator), or a national body
    '市税务局',
    '地方金融监管局',
    '国家税务局',
    // no office of another system
    '哈尔滨交通局',
  ])('%s', (name) => expect(isPlaceNamedOffice(name)).toBe(false));

  it('still gives the list\'s level to the office\'s kind written alone', () => {
    expect(carryListLevel(run('省财政厅', '税务局'))).toEqual(['省财政厅', '省税务局']);
  });
});
