// Builds the renderer and the Electron bundle once before the specs, so they always test the current code. The
// specs' temporary files go under one folder of the run's, removed when it ends (see scripts/test-temp.ts).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import testTemp from '../scripts/test-temp';

export default async function globalSetup(): Promise<() => void> {
  const root = process.cwd();
  const removeTemp = testTemp();
  // The Electron spec needs the bundled main process too (a fraction of a second).
  spawnSync(process.execPath, [join(root, 'scripts', 'build-electron.mjs')], { stdio: 'inherit' });
  if (process.env.LUOSHI_E2E_SKIP_BUILD !== '1' || !existsSync(join(root, 'dist', 'renderer', 'index.html'))) {
    await build({ configFile: join(root, 'vite.config.ts'), logLevel: 'warn' });
  }
  return removeTemp;
}
