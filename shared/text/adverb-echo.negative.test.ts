import { describe, expect, it } from 'vitest';
import { headingBodyStart } from './heading-body';

// adverb-echo, where it must not fire: the verb said again inside the heading's own object, too soon to leave it an
// object, and a heading whose adverb is followed by no verb of the genre's headings.
describe('adverb-echo: negative cases', () => {
  it.each([['（一）积极推进推进机制建设。'], ['（三）积极稳妥处置风险隐患。']])('%s', (piece) => {
    expect(headingBodyStart(piece)).toBeNull();
  });
});
