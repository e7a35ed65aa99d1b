import { describe, expect, it } from 'vitest';
import { headingBodyStart } from './heading-body';

// opener-in-clause: a heading that neither follows a modal nor opens on a verb setting someone to work still ends at the
// opener, as before.
describe('opener-in-clause: a heading run into a sentence opening on 按照 still ends there', () => {
  it.each([
    ['一、优化土地出让方式按照供需平衡原则，合理确定供地规模。', '按照供需平衡原则'],
    ['（二）完善支持政策根据企业规模给予分档奖励。', '根据企业规模'],
    // a verb setting someone to work over a short phrase the comma closes: the paragraph opens on it
    ['三、支持缓缴配套费按照规定，可申请延期缴纳。', '按照规定'],
    // 应 inside a word (应急, 响应) is no modal
    ['（一）完善应急响应按照分级负责原则，明确各级职责。', '按照分级负责原则'],
  ])('%s', (piece, body) => {
    const at = headingBodyStart(piece);
    expect(at === null ? null : piece.slice(at, at + body.length)).toBe(body);
  });
});
