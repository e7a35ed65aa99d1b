import { describe, expect, it } from 'vitest';
import { proseDuties } from './prose-duty';

// The subject-pushes rule: a body that pushes the work forward (A推动…) carries it.
describe('prose-duty: a body pushing the work forward', () => {
  it.each([
    ['结合政府实事工程，消委办推动为独居老人家庭安装消防设施。', [['消委办', 'open']]],
    ['区商务委推动老字号品牌焕新。', [['区商务委', 'open']]],
  ])('%s', (text, expected) => {
    expect(proseDuties(text).map((d) => [d.name, d.role])).toEqual(expected);
  });
});
