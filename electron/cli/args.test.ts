import { describe, expect, it } from 'vitest';
import { parseArgs } from './args';

describe('parseArgs', () => {
  it.each([
    [['extract', 'a.txt', '--json'], { positional: ['extract', 'a.txt'], flags: { json: true } }],
    [['check', 'p', 'd', '--as-of', '2021-11-15', '--json'], { positional: ['check', 'p', 'd'], flags: { 'as-of': '2021-11-15', json: true } }],
    [['--as-of=2021-11-15', 'x'], { positional: ['x'], flags: { 'as-of': '2021-11-15' } }],
    [['--json', 'x'], { positional: ['x'], flags: { json: true } }],
  ])('%j', (argv, expected) => {
    expect(parseArgs(argv)).toEqual(expected);
  });
});
