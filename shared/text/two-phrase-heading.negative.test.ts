import { describe, expect, it } from 'vitest';
import { headingBodyStart } from './heading-body';

// two-phrase-heading, where it must not fire: a second verb whose object runs five characters or more before the comma
// opens the paragraph's sentence (verb-clause).
describe('two-phrase-heading: negative cases', () => {
  it('still cuts before a clause of its own', () => {
    const piece = '12.规范房地产市场秩序加大联合执法力度，加强市场监管。';
    const at = headingBodyStart(piece);
    expect(at === null ? null : piece.slice(at, at + 4)).toBe('加大联合');
  });
});
