import { describe, expect, it } from 'vitest';
import { headingBodyStart } from './heading-body';

// object-preposition: a heading whose object opens on a noun still ends where a duty verb opens its paragraph.
describe('object-preposition: other objects keep the verb-clause reading', () => {
  it('ends a heading of one verb and its object at the duty verb after it', () => {
    const piece = '（三）规范房地产市场秩序加大联合执法力度，严肃查处违法违规行为。';
    const at = headingBodyStart(piece);
    expect(at === null ? null : piece.slice(at, at + 4)).toBe('加大联合');
  });
});
