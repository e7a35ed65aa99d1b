// The app's own small settings file (last opened workspace), kept in the per-user data folder.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { DEFAULT_WORKSPACE_FILE } from '../../shared/workspace-name';

export interface AppSettings {
  lastWorkspace?: string;
}

const FILE = 'settings.json';

/** %APPDATA%\Luoshi on Windows, ~/Library/Application Support/Luoshi on macOS, ~/.config/Luoshi elsewhere. */
export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string {
  if (env.LUOSHI_DATA_DIR) return resolve(env.LUOSHI_DATA_DIR);
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Luoshi');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Luoshi');
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), 'Luoshi');
}

export function readAppSettings(dataDir: string): AppSettings {
  try {
    const parsed: unknown = JSON.parse(readFileSync(join(dataDir, FILE), 'utf8'));
    if (typeof parsed !== 'object' || parsed === null) return {};
    const last = (parsed as { lastWorkspace?: unknown }).lastWorkspace;
    return typeof last === 'string' && last ? { lastWorkspace: last } : {};
  } catch {
    // Missing or damaged settings only cost the user the last-opened shortcut.
    return {};
  }
}

export function writeAppSettings(dataDir: string, settings: AppSettings): void {
  mkdirSync(dataDir, { recursive: true });
  const tmp = join(dataDir, `${FILE}.tmp`);
  writeFileSync(tmp, JSON.stringify(settings, null, 2), 'utf8');
  renameSync(tmp, join(dataDir, FILE));
}

/** The workspace to open at start: the one asked for, else the last one that still exists, else the default. */
export function startupWorkspace(dataDir: string, explicit?: string): string {
  if (explicit) return resolve(explicit);
  const last = readAppSettings(dataDir).lastWorkspace;
  if (last && existsSync(last)) return last;
  return join(dataDir, DEFAULT_WORKSPACE_FILE);
}
