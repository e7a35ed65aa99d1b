import { describe, expect, it } from 'vitest';
import { headingBodyStart } from './heading-body';

// point-openers, where they must not fire: 一是 or 请 inside a word or a sentence already begun (「请示」, 「统一是非」),
// and a heading that is the whole piece.
describe('point-openers: negative cases', () => {
  it.each([
    '三、规范请示报告制度',
    '（二）严格执行请假制度',
    '四、推进重点问题整改',
  ])('%s', (piece) => {
    expect(headingBodyStart(piece)).toBeNull();
  });

  it('does not cut inside a sentence that names 请各 in its course', () => {
    const piece = '一、开展自查自纠。各区民政局要督促养老机构自查，并请各相关单位配合。';
    const at = headingBodyStart(piece);
    expect(at === null || piece.slice(0, at) === '一、开展自查自纠。' || piece.slice(0, at) === '一、开展自查自纠').toBe(true);
  });
});
