import { describe, expect, it } from 'vitest';
import { carryListLevel, levelOf, type ListItem } from './list-level-prefix';

// region-level, negative cases: a province's 厅 stays the province's, a region's body keeps its own level in a city's list, and 自治区级
// (of the region's level) opens no body.
const run = (...names: string[]): ListItem[] => names.map((name, k) => ({ name, after: k === 0 ? null : '、' }));

describe('region-level: negative cases', () => {
  it.each([
    [run('省科技厅', '财政厅'), ['省科技厅', '省财政厅']],
    [run('财政厅'), ['省财政厅']],
    [run('市委宣传部', '自治区财政厅'), ['市委宣传部', '自治区财政厅']],
  ])('%j', (items, expected) => {
    expect(carryListLevel(items)).toEqual(expected);
  });

  it.each(['自治区级企业', '新疆维吾尔自治区财政厅', '治区财政厅'])('%s writes no 自治区 level of its own', (name) => {
    expect(levelOf(name)).toBeNull();
  });

  it('ends the run at a comma: the names after it are read alone', () => {
    expect(carryListLevel([{ name: '自治区财政厅', after: null }, { name: '盟市财政局', after: '，' }])).toEqual(['自治区财政厅', '盟市财政局']);
  });
});
