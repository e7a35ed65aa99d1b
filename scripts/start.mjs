// `npm start`: the Electron app where its runtime is available, otherwise browser mode, said plainly.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const shell = process.platform === 'win32';
const extra = process.argv.slice(2);

function electronBinary() {
  try {
    const dir = join(require.resolve('electron/package.json'), '..');
    const pathFile = join(dir, 'path.txt');
    if (!existsSync(pathFile)) return { dir, binary: null };
    const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
    return { dir, binary: existsSync(binary) ? binary : null };
  } catch {
    return { dir: null, binary: null };
  }
}

function runOrExit(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', shell });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

let { dir, binary } = electronBinary();
if (!binary && dir && process.env.LUOSHI_NO_ELECTRON_DOWNLOAD !== '1') {
  // The runtime is fetched on first launch rather than at install time.
  console.log('首次启动：正在下载 Electron 运行时……');
  const got = spawnSync(process.execPath, [join(dir, 'install.js')], { encoding: 'utf8', timeout: 15 * 60_000 });
  if (got.status !== 0) {
    const why = `${got.stderr ?? ''}`.split('\n').find((l) => l.trim()) ?? `退出码 ${got.status}`;
    console.log(`下载失败：${why.trim()}`);
  }
  ({ binary } = electronBinary());
}

if (!binary) {
  console.log(
    '\n未找到 Electron 运行时（无法下载或未安装），改用浏览器模式启动：\n' +
      '界面与桌面版相同，在本机浏览器中打开下面打印的地址即可使用。\n',
  );
  runOrExit('npx', ['vite', 'build', '--logLevel', 'warn']);
  const child = spawn('npx', ['tsx', 'electron/server/cli.ts', ...extra], { stdio: 'inherit', shell });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  runOrExit('npx', ['vite', 'build', '--logLevel', 'warn']);
  runOrExit(process.execPath, ['scripts/build-electron.mjs']);
  runOrExit(process.execPath, ['scripts/native-abi.mjs', 'electron']);
  const child = spawn(binary, ['.', ...extra], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
}
