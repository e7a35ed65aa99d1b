import { describe, expect, it } from 'vitest';
import { proseDuties, withBodies } from './prose-duty';

// with-partner, negative cases: 协同 after a kind of department or inside a phrase assigns no body, a run cut at 在 keeps
// a name that holds none, and a body outside the quotation marks keeps its duty.
describe('with-partner: what is no partner', () => {
  it('keeps a whole name that holds no stop word', () => {
    expect(withBodies('区规划资源局、区生态环境局制定方案')).toEqual(['区规划资源局', '区生态环境局']);
  });

  it('reads no body when every department of a kind works with others', () => {
    expect(proseDuties('各有关部门协同配合，形成合力。')).toEqual([]);
  });

  it('keeps the subject outside a quoted phrase', () => {
    expect(proseDuties('市大数据中心负责“一网通办”平台的运行维护。').map((d) => d.name)).toEqual(['市大数据中心']);
  });
});
