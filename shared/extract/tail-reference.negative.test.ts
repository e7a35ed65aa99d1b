import { describe, expect, it } from 'vitest';
import { withoutTailReferences } from './short-names';

// tail-reference, negative: two names neither of which ends the other are two bodies.
describe('tail-reference: negative cases', () => {
  it('keeps distinct bodies', () => {
    expect(withoutTailReferences(['镇规划建设办', '镇城乡建管中心'], ['农业服务中心'])).toEqual({ lead: ['镇规划建设办', '镇城乡建管中心'], support: ['农业服务中心'] });
  });
});
