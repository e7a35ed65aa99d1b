import { describe, expect, it } from 'vitest';
import { isLowerLevelEach } from './lower-level-each';

// lower-level-each, where it must not fire: a district named (虹口区市场监管局), the city's own bodies (市财政局), a
// district's own document (its 区财政局 is its own), and a document with no issuer's level.
describe('lower-level-each: negative cases', () => {
  it.each([
    ['虹口区市场监管局', '市'],
    ['市财政局', '市'],
    ['区财政局', '区'],
    ['区财政局', null],
    ['县财政局', '县'],
  ] as const)('%s in a document of level %s', (name, level) => {
    expect(isLowerLevelEach(name, level)).toBe(false);
  });
});
