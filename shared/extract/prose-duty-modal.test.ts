import { describe, expect, it } from 'vitest';
import { proseDuties } from './prose-duty';

// A modal before a verb of leading leads: 「人力资源社会保障部要统筹协调…」 as 「…统筹协调…」 does.
describe('prose-duty: a modal before a verb of leading', () => {
  it.each([
    ['人力资源社会保障部要统筹协调促进就业政策制定。财政部要加大资金支持力度。', [['人力资源社会保障部', 'lead'], ['财政部', 'open']]],
    ['市发展改革委应负责项目审核。', [['市发展改革委', 'lead']]],
    ['区住建局将牵头开展专项整治。', [['区住建局', 'lead']]],
  ])('%s', (text, expected) => {
    expect(proseDuties(text).map((d) => [d.name, d.role])).toEqual(expected);
  });
});
