// The desktop host, driven through Playwright's Electron support. Runs only where the Electron runtime exists.
import { _electron as electron, type ElectronApplication } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, POLICY_SEED, ROOT, test } from './fixtures';

const SKIP_REASON =
  'Electron 运行时未安装（node_modules/electron/dist 不存在），跳过 Electron 端到端测试；浏览器模式已覆盖相同界面';

function electronBinary(): string | null {
  try {
    const path = createRequire(join(ROOT, 'package.json'))('electron') as unknown;
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();
const built = existsSync(join(ROOT, 'dist-electron', 'main.cjs')) && existsSync(join(ROOT, 'dist-electron', 'preload.cjs'));

test.describe('Electron', () => {
  test.skip(!binary, SKIP_REASON);
  test.skip(!built, 'dist-electron/main.cjs 不存在：请先运行 node scripts/build-electron.mjs');

  // The native modules must match Electron's ABI while the app runs, and Node's again for the specs after it.
  test.describe.configure({ timeout: 900_000 });
  const abi = (target: 'electron' | 'node') => {
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'native-abi.mjs'), target], { cwd: ROOT, stdio: 'inherit' });
    if (r.status !== 0) throw new Error(`原生模块未能按 ${target} 重新编译`);
  };
  test.beforeAll(() => abi('electron'));
  test.afterAll(() => abi('node'));

  let app: ElectronApplication;
  let dir: string;

  test.beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'luoshi-electron-'));
    app = await electron.launch({
      executablePath: binary!,
      args: [ROOT, `--workspace=${join(dir, 'workspace.sqlite')}`, '--no-sandbox'],
      env: { ...process.env, LUOSHI_DATA_DIR: dir },
    });
  });

  test.afterEach(async () => {
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('opens the workbench in a locked-down window', async () => {
    const win = await app.firstWindow();
    await expect(win.getByTestId('workspace-name')).toHaveText('工作区');
    // Isolated and sandboxed: no Node in the page, only the bridge with its three functions.
    const page = await win.evaluate(() => ({
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process,
      bridge: Object.keys((window as unknown as { luoshi: object }).luoshi).sort(),
    }));
    expect(page).toEqual({ require: 'undefined', process: 'undefined', bridge: ['invoke', 'onMenuCommand', 'pathForFile'] });
    await win.screenshot({ path: join(ROOT, 'e2e', 'screenshots', 'electron-01-window.png') });
  });

  test('window.open is denied and navigation away is prevented', async () => {
    const win = await app.firstWindow();
    await expect(win.getByTestId('workspace-name')).toBeVisible();
    const before = win.url();
    await win.evaluate(() => window.open('https://example.com/', '_blank'));
    await win.waitForTimeout(500);
    expect(app.windows()).toHaveLength(1);
    await win.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    await win.waitForTimeout(1000);
    expect(win.url()).toBe(before);
  });

  test('imports a policy through the file input', async () => {
    const win = await app.firstWindow();
    await win.getByRole('radiogroup', { name: '文件类型' }).getByText('政策文件').click();
    await win.getByTestId('import-input').setInputFiles([POLICY_SEED]);
    await expect(win.getByTestId('import-result').first()).toHaveAttribute('data-ok', 'true', { timeout: 120_000 });
  });
});
