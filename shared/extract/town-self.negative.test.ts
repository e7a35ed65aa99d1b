import { describe, expect, it } from 'vitest';
import { proseDuties } from './prose-duty';

// town-self, negative cases: a town named by its name is a body of its own in a district's or a county's plan, and a
// town's own office is one.
describe('town-self: towns and offices that carry a duty', () => {
  it.each([
    ['吴泾镇政府负责辖区内房屋的排查工作。', '吴泾镇政府'],
    ['镇房管所负责规模租赁场所的排查。', '镇房管所'],
  ])('%s', (text, name) => {
    expect(proseDuties(text).map((d) => d.name)).toEqual([name]);
  });
});
