import { describe, expect, it } from 'vitest';
import type { ListItem } from './list-level-prefix';
import { carrySharedGovernment } from './shared-government';
import { readNameList } from './departments';

const run = (...names: string[]): ListItem[] => names.map((name, k) => ({ name, after: k === 0 ? null : '、' }));

// shared-government: places before a government written in full in one 、-run share its 人民政府.
describe('shared-government: places in a run share the government written once', () => {
  it.each([
    [run('马尾区', '闽侯县人民政府'), ['马尾区人民政府', '闽侯县人民政府']],
    [run('鼓楼区', '台江区', '仓山区人民政府'), ['鼓楼区人民政府', '台江区人民政府', '仓山区人民政府']],
    [run('城关镇', '河口镇政府'), ['城关镇政府', '河口镇政府']],
    // the run starts after a comma: a body before it is not a place
    [[{ name: '市国土局', after: null }, { name: '马尾区', after: '，' }, { name: '闽侯县人民政府', after: '、' }], ['市国土局', '马尾区人民政府', '闽侯县人民政府']],
  ])('%j', (items, expected) => {
    expect(carrySharedGovernment(items as ListItem[])).toEqual(expected);
  });

  it('reads a written list', () => {
    expect(readNameList('市国土局,马尾区、闽侯县人民政府').map((x) => x.name)).toEqual(['市国土局', '马尾区人民政府', '闽侯县人民政府']);
  });
});
