import { describe, expect, it } from 'vitest';
import { carryEach } from './list-each';
import type { ListItem } from './list-level-prefix';

const run = (...names: string[]): ListItem[] => names.map((name, k) => ({ name, after: k === 0 ? null : '、' }));

describe('carryEach', () => {
  it.each([
    [run('各区', '县级市'), ['各区', '各县级市']],
    [run('各有关区', '县级市'), ['各有关区', '各县级市']],
    [run('各县', '市', '区'), ['各县', '各市', '各区']],
    [run('各镇', '街道'), ['各镇', '各街道']],
    [run('各区', '县人民政府'), ['各区', '各县人民政府']],
    // the addressees of a national document
    [run('各省', '自治区', '直辖市人民政府'), ['各省', '各自治区', '各直辖市人民政府']],
    [run('各地级以上市', '计划单列市'), ['各地级以上市', '各计划单列市']],
    // 各 before a kind of department covers the kinds of department after it
    [run('各区消防救援部门', '商务部门', '应急部门'), ['各区消防救援部门', '各区商务部门', '各区应急部门']],
  ])('%j', (items, expected) => {
    expect(carryEach(items)).toEqual(expected);
  });
});
