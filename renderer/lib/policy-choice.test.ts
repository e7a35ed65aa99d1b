import { describe, expect, it } from 'vitest';
import { effectiveChoice, parseChoice } from './policy-choice';

const three = [{ id: 1 }, { id: 7 }, { id: 12 }];

describe('effectiveChoice', () => {
  it.each([
    ['one policy is always that policy', [{ id: 4 }], 'all', 4],
    ['one policy, a stale stored id', [{ id: 4 }], 9, 4],
    ['several, nothing stored: 全部', three, null, 'all'],
    ['several, a stored policy still there', three, 7, 7],
    ['several, stored 全部', three, 'all', 'all'],
    ['several, the stored policy was removed', three, 5, 'all'],
    ['no policy yet', [], 3, 'all'],
  ] as const)('%s', (_name, policies, stored, expected) => {
    expect(effectiveChoice(policies, stored)).toBe(expected);
  });
});

describe('parseChoice', () => {
  it.each([
    ['all', 'all'],
    ['12', 12],
    [null, null],
    ['', null],
    ['0', null],
    ['-3', null],
    ['1.5', null],
    ['abc', null],
  ] as const)('%s → %s', (text, expected) => {
    expect(parseChoice(text)).toBe(expected);
  });
});
