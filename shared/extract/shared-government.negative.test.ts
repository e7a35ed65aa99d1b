import { describe, expect, it } from 'vitest';
import type { ListItem } from './list-level-prefix';
import { carrySharedGovernment } from './shared-government';

const run = (...names: string[]): ListItem[] => names.map((name, k) => ({ name, after: k === 0 ? null : '、' }));

describe('shared-government: negative cases (names left as written)', () => {
  it.each([
    // a place with no government after it in its run
    [run('市人力资源和社会保障局', '越秀区'), ['市人力资源和社会保障局', '越秀区']],
    [[{ name: '马尾区', after: null }, { name: '闽侯县人民政府', after: '，' }], ['马尾区', '闽侯县人民政府']],
    // a body between the place and the government ends the places
    [run('马尾区', '市国土局', '闽侯县人民政府'), ['马尾区', '市国土局', '闽侯县人民政府']],
    // 各 and the kinds of a level are no named places
    [run('各县区', '闽侯县人民政府'), ['各县区', '闽侯县人民政府']],
    [run('县区', '闽侯县人民政府'), ['县区', '闽侯县人民政府']],
    // a government of the generic kind gives nothing
    [run('马尾区', '各县人民政府'), ['马尾区', '各县人民政府']],
  ])('%j', (items, expected) => {
    expect(carrySharedGovernment(items as ListItem[])).toEqual(expected);
  });
});
