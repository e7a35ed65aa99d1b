import { describe, expect, it } from 'vitest';
import { withoutOwnPrefix } from './own-unit-prefix';
import { normalizeDepartmentName } from './departments';

// own-unit-prefix: a body's own office written with the body's one-character name in front is the office written bare.
describe('own-unit-prefix: 局综合科 is 综合科', () => {
  it.each([
    ['局综合科', '综合科'],
    ['厅办公室', '办公室'],
    ['部办公厅', '办公厅'],
    ['局规划财务处', '规划财务处'],
  ])('%s → %s', (name, bare) => {
    expect(withoutOwnPrefix(name)).toBe(bare);
    expect(normalizeDepartmentName(name)).toBe(bare);
  });
});
