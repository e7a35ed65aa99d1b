import { describe, expect, it } from 'vitest';
import { carryListLevel, type ListItem } from './list-level-prefix';

const run = (...names: string[]): ListItem[] => names.map((name, k) => ({ name, after: k === 0 ? null : '、' }));

describe('level-on-each: negative cases (the level written once still holds for the run)', () => {
  it.each([
    // one levelled name: the level is written once for the run
    [run('省科技厅', '工业和信息化厅'), ['省科技厅', '省工业和信息化厅']],
    [run('市委宣传部', '文化和旅游局', '体育局'), ['市委宣传部', '市文化和旅游局', '市体育局']],
    // a 厅 is a province's body whatever the run writes
    [run('省发展改革委', '省市场监管局', '商务厅'), ['省发展改革委', '省市场监管局', '省商务厅']],
    // two levelled names in different runs: each run counts its own
    [[{ name: '市财政局', after: null }, { name: '发改局', after: '、' }, { name: '市税务局', after: '，' }], ['市财政局', '市发改局', '市税务局']],
  ])('%j', (items, expected) => {
    expect(carryListLevel(items as ListItem[])).toEqual(expected);
  });
});
