import { describe, expect, it } from 'vitest';
import { headingBodyStart } from './heading-body';

// compound-object, where it must not fire: a run after the noun that is a clause of its own, long or closing on no
// object noun (object-end still ends the heading there).
describe('compound-object: negative cases', () => {
  it('still ends a heading run into a clause of its own', () => {
    const piece = '三、调整公积金贷款条件缴存职工连续、正常、足额缴存住房公积金6个月（含）以上的，可申请贷款。';
    const at = headingBodyStart(piece);
    expect(at === null ? null : piece.slice(0, at)).toBe('三、调整公积金贷款条件');
  });
});
