#!/usr/bin/env node
// `luoshi` (npx luoshi …): runs the built command line. `npm install` builds it (the prepare script); where
// install scripts were skipped it is built here on first use, and again whenever its sources have changed since.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const built = join(root, 'dist-cli', 'luoshi.cjs');

/** Whether a source file the command line is built from (electron/, shared/; tests and fixtures aside) is newer than `time`. */
function newerSource(dir, time) {
  if (!existsSync(dir)) return false;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== '__fixtures__' && entry.name !== 'node_modules' && newerSource(path, time)) return true;
    } else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) && statSync(path).mtimeMs > time) {
      return true;
    }
  }
  return false;
}

// Built again when missing, or older than the sources it comes from (a checkout updated after npm install).
const stale = !existsSync(built) || ['electron', 'shared'].some((dir) => newerSource(join(root, dir), statSync(built).mtimeMs));
if (stale) {
  const r = spawnSync(process.execPath, [join(root, 'scripts', 'build-cli.mjs'), '--quiet'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0 || !existsSync(built)) {
    process.stderr.write('无法构建命令行程序：请在项目文件夹中运行 npm install 后重试。\n');
    process.exit(1);
  }
}
await import(pathToFileURL(built).href);
