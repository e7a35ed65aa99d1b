import { describe, expect, it } from 'vitest';
import { carryListLevel, type ListItem } from './list-level-prefix';

const run = (...names: string[]): ListItem[] => names.map((name, k) => ({ name, after: k === 0 ? null : '、' }));

describe('carryListLevel', () => {
  it.each([
    [run('省科技厅', '工业和信息化厅'), ['省科技厅', '省工业和信息化厅']],
    [run('省工业和信息化厅', '科技厅', '政务和数据局'), ['省工业和信息化厅', '省科技厅', '省政务和数据局']],
    [run('市委宣传部', '文化和旅游局'), ['市委宣传部', '市文化和旅游局']],
    [run('区财政局', '交运局'), ['区财政局', '区交运局']],
    // a 厅 is a province's body even alone
    [run('省发展改革委', '省市场监管局', '商务厅'), ['省发展改革委', '省市场监管局', '省商务厅']],
    [run('商务厅'), ['省商务厅']],
    // a prefecture's and a banner's level
    [run('州司法局', '委编办'), ['州司法局', '州委编办']],
    [run('旗发改委', '财政局'), ['旗发改委', '旗财政局']],
    // mass bodies each level has
    [run('县委统战部', '工商联', '妇联', '科协'), ['县委统战部', '县工商联', '县妇联', '县科协']],
  ])('%j', (items, expected) => {
    expect(carryListLevel(items)).toEqual(expected);
  });
});
