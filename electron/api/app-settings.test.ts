import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDataDir, readAppSettings, startupWorkspace, writeAppSettings } from './app-settings';

describe('data folder', () => {
  it('follows each platform', () => {
    expect(defaultDataDir({ APPDATA: 'C:\\Users\\u\\AppData\\Roaming' }, 'win32', 'C:\\Users\\u')).toBe(
      join('C:\\Users\\u\\AppData\\Roaming', 'Luoshi'),
    );
    expect(defaultDataDir({}, 'linux', '/home/u')).toBe('/home/u/.config/Luoshi');
    expect(defaultDataDir({ XDG_CONFIG_HOME: '/cfg' }, 'linux', '/home/u')).toBe('/cfg/Luoshi');
    expect(defaultDataDir({}, 'darwin', '/Users/u')).toBe('/Users/u/Library/Application Support/Luoshi');
    expect(defaultDataDir({ LUOSHI_DATA_DIR: '/tmp/x' }, 'linux', '/home/u')).toBe('/tmp/x');
  });
});

describe('last workspace', () => {
  it('remembers the last workspace only while it exists', () => {
    const dir = mkdtempSync(join(tmpdir(), 'luoshi-settings-'));
    expect(startupWorkspace(dir)).toBe(join(dir, 'workspace.sqlite'));
    const last = join(dir, 'other.sqlite');
    writeAppSettings(dir, { lastWorkspace: last });
    expect(readAppSettings(dir)).toEqual({ lastWorkspace: last });
    expect(startupWorkspace(dir)).toBe(join(dir, 'workspace.sqlite'));
    writeFileSync(last, '');
    expect(startupWorkspace(dir)).toBe(last);
    expect(startupWorkspace(dir, join(dir, 'asked.sqlite'))).toBe(join(dir, 'asked.sqlite'));
  });

  it('survives a damaged settings file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'luoshi-settings-'));
    writeFileSync(join(dir, 'settings.json'), '{not json');
    expect(readAppSettings(dir)).toEqual({});
  });
});
