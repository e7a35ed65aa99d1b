import { describe, expect, it } from 'vitest';
import { carryEach } from './list-each';
import type { ListItem } from './list-level-prefix';

const run = (...names: string[]): ListItem[] => names.map((name, k) => ({ name, after: k === 0 ? null : '、' }));

describe('carryEach: negative cases', () => {
  it.each([
    // a specific body after the generic one stays specific
    [run('各区', '市财政局'), ['各区', '市财政局']],
    // a comma ends the 各-run
    [[{ name: '各街道', after: null }, { name: '区', after: '，' }], ['各街道', '区']],
    // without 各 a kind is left as written
    [run('市财政局', '县'), ['市财政局', '县']],
    // a department of a level after a 各 run is no kind: it is one body
    [run('各区消防救援部门', '市商务部门'), ['各区消防救援部门', '市商务部门']],
    // a kind of department after a 各 that names no kind of department is left as written
    [run('各区', '商务部门'), ['各区', '商务部门']],
    // a named region is one body, 各 or not
    [run('各省', '新疆维吾尔自治区人民政府'), ['各省', '新疆维吾尔自治区人民政府']],
  ])('%j', (items, expected) => {
    expect(carryEach(items as ListItem[])).toEqual(expected);
  });
});
