import { describe, expect, it } from 'vitest';
import { proseDuties } from './prose-duty';

// The partner-opening rule: a clause opening on 会同, 协同, 配合, 协助 or 联合 names the partner of a subject left unsaid
// (the body writing), so its bodies carry no duty of their own.
describe('prose-duty: a partner named before the verb, the subject unsaid', () => {
  it.each([
    ['会同区大数据中心推动水电气、纳税、社保等信用信息归集共享。'],
    ['配合区市场监管局建立转供电主体台账。'],
    ['协助区财政局负责资金拨付。'],
    ['联合区公安分局组织开展专项整治。'],
  ])('%s names no one', (text) => {
    expect(proseDuties(text)).toEqual([]);
  });
});
