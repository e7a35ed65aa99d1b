import { describe, expect, it } from 'vitest';
import { proseDuties } from './prose-duty';

// separately-adverbial, where it must not fire: 另行 with no body before it (the issuer's own later step), and a kind of
// body before it.
describe('separately-adverbial: negative cases', () => {
  it.each(['具体办法另行制定。', '实施细则由有关部门另行制定。'])('%s', (text) => {
    expect(proseDuties(text).map((d) => d.name)).toEqual([]);
  });
});
