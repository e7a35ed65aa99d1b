import { describe, expect, it } from 'vitest';
import { proseDuties } from './prose-duty';

// The subject-pushes rule: what it leaves alone.
describe('prose-duty: a body pushing the work forward, negative cases', () => {
  it.each([
    // 推动 opening the clause: no subject
    ['推动区商务委与商圈企业合作。'],
    // a generic actor or a kind of actor pushes it
    ['各街镇推动垃圾分类。'],
    ['企业推动技术改造。'],
    // the run before 推动 is an object of another verb
    ['支持区商务委推动品牌焕新。'],
  ])('%s', (text) => {
    expect(proseDuties(text)).toEqual([]);
  });
});
