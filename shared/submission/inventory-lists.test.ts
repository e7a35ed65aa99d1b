import { describe, expect, it } from 'vitest';
import { inventorySpans, onlyInInventories } from './inventory-lists';

const disclosure =
  '2022年我局共主动公开信息202条，其中政策法规信息14条；社会公益、社会救助、城乡低保、特困人员供养、临时救助、儿童福利、残疾人福利、养老服务、社会组织信息89条。';

describe('inventories of kinds', () => {
  it('finds a run of five or more short items joined by 、', () => {
    const [span] = inventorySpans(disclosure);
    expect(disclosure.slice(span[0], span[1])).toContain('社会救助、城乡低保、特困人员供养');
  });

  it.each([
    [disclosure, '社会救助', true],
    [disclosure, '特困人员', true],
    [`${disclosure}全年新增社会救助对象120户。`, '社会救助', false],
  ])('%s: %s only in an inventory → %s', (text, word, expected) => {
    expect(onlyInInventories(text, word)).toBe(expected);
  });
});

describe('inventories of kinds: negative cases', () => {
  it.each([
    // four items, and a sentence of work done, are no inventory
    '加强社会救助、城乡低保、特困人员供养、临时救助工作。',
    '我局牵头完善社会救助制度，出台特困人员认定办法，压缩审核确认时限。',
    // long items are clauses of work, not kinds
    '全面排查低保对象家庭收入情况、开展特困人员供养服务机构安全检查、推进临时救助备用金制度、落实残疾人两项补贴、提升养老服务质量。',
  ])('%s', (text) => {
    expect(inventorySpans(text)).toEqual([]);
    expect(onlyInInventories(text, '特困人员')).toBe(false);
  });
});
