import { describe, expect, it } from 'vitest';
import { proseDuties } from './prose-duty';

// named-owner, where it must not fire: a kind of body or a generic actor named in charge, a body made something other
// than the department in charge (「…为成员单位」, 「…为联络人」), and a 为 of purpose.
describe('named-owner: negative cases', () => {
  it.each([
    '各街道为本辖区工作的责任单位。',
    '区发改委、区财政局为领导小组成员单位。',
    '为加强工程管理，现将有关事项通知如下。',
  ])('%s', (text) => {
    expect(proseDuties(text).filter((d) => d.role === 'lead')).toEqual([]);
  });
});
