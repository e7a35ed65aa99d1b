import { describe, expect, it } from 'vitest';
import { proseResponsibility } from './prose-duty';

// quoted-provision: a long quotation that is not a provision cited (no 的规定 / 的要求 after it) is read as before, and
// bodies outside the quotation are still read.
describe('quoted-provision: only a cited provision is set aside', () => {
  it('reads the body naming the work after a long quoted name of a campaign', () => {
    const text = '市商务局负责组织开展“促消费、惠民生、稳增长、扩内需、提信心、保就业系列活动月”，做好活动宣传。';
    expect(proseResponsibility(text)?.lead).toEqual(['市商务局']);
  });
});
