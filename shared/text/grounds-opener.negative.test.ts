import { describe, expect, it } from 'vitest';
import { headingBodyStart } from './heading-body';

// 结合 inside a heading (防治结合, 相结合) or with no comma closing what it joins opens no paragraph.
describe('grounds-opener: 结合 that opens no paragraph', () => {
  it.each([
    // 结合 inside a noun phrase, or joining what the heading names with 与
    ['（七）开展医育结合和科学育儿服务，提升服务能力。'],
    ['（八）技术股与现金股结合激励的成果转化机制，完善分配办法。'],
    // 相结合
    ['（四）坚持集中整治与日常管理相结合，形成长效机制。'],
    // no comma closes what 结合 joins: a heading ending on 结合 with its text run on without one
    ['（五）推动医养结合发展'],
    // after a comma: inside the sentence
    ['（六）开展体检，结合本区实际，制定方案。'],
  ])('%s', (piece) => {
    expect(headingBodyStart(piece)).toBeNull();
  });

  it('leaves 结合 to the heading when the bodies and what they are to do follow it (「坚持防治结合各区要…」)', () => {
    const piece = '（三）坚持防治结合各区要加强日常巡查，及时处置。';
    const at = headingBodyStart(piece);
    expect(at === null ? null : piece.slice(at)).toBe('各区要加强日常巡查，及时处置。');
  });
});
