import { describe, expect, it } from 'vitest';
import { carryListLevel, type ListItem } from './list-level-prefix';

const run = (...names: string[]): ListItem[] => names.map((name, k) => ({ name, after: k === 0 ? null : '、' }));

// level-on-each: a run that writes the level on two names or more writes it on each; a bare name in it stays bare.
describe('level-on-each: a bare name in a run that writes the level on each name keeps its name', () => {
  it.each([
    [run('市金融办', '公积金管理中心', '市住房保障房产局'), ['市金融办', '公积金管理中心', '市住房保障房产局']],
    [run('市委人才办', '市人力资源社会保障局', '市财政局', '公积金管理中心', '各县区人民政府'), ['市委人才办', '市人力资源社会保障局', '市财政局', '公积金管理中心', '各县区人民政府']],
    [run('区发改局', '区财政局', '税务局'), ['区发改局', '区财政局', '税务局']],
    // the count is the run's: the first name alone writing a level before a comma does not open a new run's count
    [[{ name: '县财政局', after: null }, { name: '县发改局', after: '、' }, { name: '供电公司', after: '、' }, { name: '住建局', after: '，' }], ['县财政局', '县发改局', '供电公司', '住建局']],
  ])('%j', (items, expected) => {
    expect(carryListLevel(items as ListItem[])).toEqual(expected);
  });
});
