import { describe, expect, it } from 'vitest';
import { proseDuties } from './prose-duty';

// subject-issues, where it must not fire: a body to which something is reported back (「及时反馈镇规建办」), a body
// named after the verb, and a kind of body before it.
describe('subject-issues: negative cases', () => {
  it.each([
    ['发现问题及时反馈镇规建办。', []],
    ['镇城运中心负责收集投诉，并及时反馈镇规建办。', ['镇城运中心']],
    ['相关部门发放补贴。', []],
  ])('%s', (text, names) => {
    expect(proseDuties(text).map((d) => d.name)).toEqual(names);
  });
});
