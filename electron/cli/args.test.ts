import { describe, expect, it } from 'vitest';
import { CliError, FLAGS, parseArgs, type FlagSpec } from './args';

describe('parseArgs', () => {
  it.each([
    [['extract', 'a.txt', '--json'], { positional: ['extract', 'a.txt'], flags: { json: true } }],
    [['check', 'p', 'd', '--as-of', '2021-11-15', '--json'], { positional: ['check', 'p', 'd'], flags: { 'as-of': '2021-11-15', json: true } }],
    [['--as-of=2021-11-15', 'x'], { positional: ['x'], flags: { 'as-of': '2021-11-15' } }],
    [['--json', 'x'], { positional: ['x'], flags: { json: true } }],
    [['check', 'p', 'd', '--workspace', 'w.sqlite'], { positional: ['check', 'p', 'd'], flags: { workspace: 'w.sqlite' } }],
    [['notices', 'p', 'd', '--single'], { positional: ['notices', 'p', 'd'], flags: { single: true } }],
  ])('%j', (argv, expected) => {
    expect(parseArgs(argv)).toEqual(expected);
  });

  it.each([
    [['check', 'p', 'd', '--as-off', '2021-11-15'], '不认识的参数：--as-off'],
    [['check', 'p', 'd', '--as-of'], '参数 --as-of 需要一个值'],
    [['check', 'p', 'd', '--as-of', '--json'], '参数 --as-of 需要一个值'],
    [['check', 'p', 'd', '--as-of='], '参数 --as-of 需要一个值'],
    [['check', 'p', 'd', '--json=yes'], '参数 --json 不带值'],
    [['extract', 'p', '--single'], '参数 --single 不适用于 extract 命令'],
    [['check', 'p', 'd', '--constructor'], '不认识的参数：--constructor'],
  ])('refuses %j with the usage', (argv, message) => {
    let error: unknown;
    try {
      parseArgs(argv, '用法：luoshi …');
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(CliError);
    expect((error as Error).message).toContain(message);
    expect((error as Error).message).toContain('用法：luoshi …');
  });

  it('takes its flags from the table, so one line adds a flag', () => {
    const table: Record<string, FlagSpec> = { ...FLAGS, 'dry-run': { value: false, commands: ['report'] } };
    expect(parseArgs(['report', 'p', 'd', '--dry-run'], '', table).flags).toEqual({ 'dry-run': true });
    expect(() => parseArgs(['report', 'p', 'd', '--dry-run'])).toThrow(CliError);
  });
});
