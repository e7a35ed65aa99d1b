import { describe, expect, it } from 'vitest';
import type { ListItem } from './list-level-prefix';
import { carrySharedGovernment } from './shared-government';
import { readNameList } from './departments';
import { readResponsibility } from './responsibility';

const run = (...names: string[]): ListItem[] => names.map((name, k) => ({ name, after: k === 0 ? null : '、' }));

// shared-level-government: where the government closing a run writes its level too (绥芬河市政府), the bare places
// before it in the run (哈尔滨, 黑河) share level and government alike.
describe('shared-level-government: bare places before a government with its level', () => {
  it.each([
    [run('哈尔滨', '黑河', '绥芬河市政府'), ['哈尔滨市政府', '黑河市政府', '绥芬河市政府']],
    [run('闽侯', '连江县人民政府'), ['闽侯县人民政府', '连江县人民政府']],
  ])('%j', (items, expected) => {
    expect(carrySharedGovernment(items)).toEqual(expected);
  });

  it('reads a closing bracket of bodies with the cities\' governments in it (黑龙江省 稳增长措施)', () => {
    const r = readResponsibility('开工建设哈尔滨机场扩建工程和绥芬河机场。(哈尔滨机场扩建指挥部、哈尔滨、黑河、绥芬河市政府、省农垦总局负责)');
    expect(r.lead).toEqual(['哈尔滨机场扩建指挥部', '哈尔滨市政府', '黑河市政府', '绥芬河市政府', '省农垦总局']);
    expect(readNameList('哈尔滨、黑河市政府').map((x) => x.name)).toEqual(['哈尔滨市政府', '黑河市政府']);
  });
});
