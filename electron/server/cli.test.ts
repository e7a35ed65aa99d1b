import { describe, expect, it } from 'vitest';
import { parseCliArgs } from './cli';

describe('browser-mode command line', () => {
  it('reads workspace, port and --no-open', () => {
    expect(parseCliArgs([])).toEqual({ open: true });
    expect(parseCliArgs(['--workspace', 'w.sqlite', '--port', '8123', '--no-open'])).toEqual({
      workspace: 'w.sqlite',
      port: 8123,
      open: false,
    });
    expect(parseCliArgs(['--port=0'])).toEqual({ port: 0, open: true });
  });

  it('refuses unknown flags and bad ports with a usage line', () => {
    expect(() => parseCliArgs(['--frobnicate'])).toThrow(/不认识的参数/);
    expect(() => parseCliArgs(['--port', '70000'])).toThrow(/端口/);
    expect(() => parseCliArgs(['--workspace'])).toThrow(/需要一个值/);
  });
});
