#!/usr/bin/env node
// `luoshi` (npx luoshi …): runs the built command line. `npm install` builds it (the prepare script); where
// install scripts were skipped it is built here on first use.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const built = join(root, 'dist-cli', 'luoshi.cjs');
if (!existsSync(built)) {
  const r = spawnSync(process.execPath, [join(root, 'scripts', 'build-cli.mjs'), '--quiet'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0 || !existsSync(built)) {
    process.stderr.write('无法构建命令行程序：请在项目文件夹中运行 npm install 后重试。\n');
    process.exit(1);
  }
}
await import(pathToFileURL(built).href);
