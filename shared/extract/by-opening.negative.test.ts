import { describe, expect, it } from 'vitest';
import { proseDuties } from './prose-duty';

// The by-opening rule: what it leaves alone.
describe('prose-duty: a clause opening on 由, negative cases', () => {
  it.each([
    // a making-up, an approval, an issuing: no verb of doing the work
    ['领导小组办公室设在区住建局，由区住建局组成工作专班。'],
    ['由区政府批准后实施。'],
    ['由区政府印发实施。'],
    // a thing, not a body, before the verb
    ['由房屋结构倒塌赔付基金按总造价进行赔付。'],
    // a generic actor only
    ['由居委纳入关注对象，会同物业每月开展巡查。'],
    // 由 inside the clause: the rule reads only a clause opening on it
    ['账号统一由镇城运中心开通。'],
  ])('%s', (text) => {
    expect(proseDuties(text)).toEqual([]);
  });
});
