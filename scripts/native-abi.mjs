// Keeps the native modules (better-sqlite3, nodejieba) built for the runtime about to load them.
// Node (tests, CLI, browser mode) and Electron have different ABIs; a stamp file records the current build.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const target = process.argv[2];
const stamp = 'node_modules/.luoshi-native-abi';
const current = existsSync(stamp) ? readFileSync(stamp, 'utf8').trim() : 'node';
const wanted = target === 'electron' ? `electron-${JSON.parse(readFileSync('node_modules/electron/package.json', 'utf8')).version}` : 'node';

if (current === wanted) process.exit(0);
console.log(`重新编译原生模块：${current} → ${wanted}`);
const cmd = target === 'electron'
  ? spawnSync('npx', ['electron-builder', 'install-app-deps'], { stdio: 'inherit', shell: process.platform === 'win32' })
  : spawnSync('npm', ['rebuild', 'better-sqlite3', 'nodejieba'], { stdio: 'inherit', shell: process.platform === 'win32' });
if (cmd.status !== 0) {
  console.error(`原生模块编译失败（目标：${wanted}）。`);
  process.exit(1);
}
writeFileSync(stamp, wanted + '\n');
