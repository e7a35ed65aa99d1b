import { describe, expect, it } from 'vitest';
import { headingBodyStart } from './heading-body';

// degree-object, where it must not fire: a heading of 加大 whose first clause does not close on a degree, run into its
// paragraph: the object's noun still ends it (object-end).
describe('degree-object: negative cases', () => {
  it.each([
    ['三、加大公积金贷款额度缴存职工连续足额缴存住房公积金六个月以上的，可申请贷款。', '三、加大公积金贷款额度'],
    ['三、加大贷款额度支持缴存职工连续足额缴存住房公积金六个月以上的，可申请贷款。', '三、加大贷款额度'],
  ])('%s', (piece, heading) => {
    const at = headingBodyStart(piece);
    expect(at === null ? null : piece.slice(0, at)).toBe(heading);
  });
});
