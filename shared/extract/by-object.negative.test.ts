import { describe, expect, it } from 'vitest';
import { proseDuties } from './prose-duty';

// by-object, where it must not fire: 由 before a kind of body or the builder, and 对 with no verb of doing after its object.
describe('by-object: negative cases', () => {
  it.each(['由建设单位对工程进行自检。', '由相关部门对项目实施监管。', '由镇规建办对此负总责任的说法不准确。'])('%s', (text) => {
    expect(proseDuties(text).map((d) => d.name)).toEqual([]);
  });
});
