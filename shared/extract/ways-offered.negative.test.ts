import { describe, expect, it } from 'vitest';
import { proseDuties } from './prose-duty';

// ways-offered, negative: 由 opening a clause of its own still assigns the work.
describe('ways-offered: negative cases', () => {
  it.each([
    ['未开通账号的人员，由镇城运中心开通账号。', ['镇城运中心']],
    ['采取有力措施，由区住建局负责组织实施。', ['区住建局']],
  ])('%s', (text, names) => {
    expect(proseDuties(text).map((d) => d.name)).toEqual(names);
  });
});
