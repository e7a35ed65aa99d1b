import { describe, expect, it } from 'vitest';
import { headingBodyStart } from './heading-body';

// modal-opening, where it must not fire: a modal inside the heading's own words before a clause verb of a pivot (the
// clause after 可 is no modal opening), and a heading too short to leave before the modal.
describe('modal-opening: negative cases', () => {
  it('keeps a modal that follows another modal in the clause', () => {
    const piece = '（一）可要开展检查工作，切实加强管理。';
    const at = headingBodyStart(piece);
    expect(at === null || at > '（一）可'.length).toBe(true);
  });

  it('leaves a heading with no modal before the verb cut at the verb', () => {
    const piece = '12.规范房地产市场秩序加大联合执法力度，加强市场监管。';
    const at = headingBodyStart(piece);
    expect(at === null ? null : piece.slice(at, at + 4)).toBe('加大联合');
  });
});
