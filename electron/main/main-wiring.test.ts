import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { channelNames, ipcChannel } from '../../shared/api/channels';
import type { ApiResult } from '../../shared/api/result';
import { createFakeWorkspace } from '../api/__fixtures__/fake-workspace';
import { createDispatch } from '../api/dispatch';
import { createHandlers } from '../api/handlers';
import { createImportJobs } from '../api/import-jobs';
import { createWorkspaceSession } from '../api/workspace-session';
import { createBridge } from './bridge';
import { APP_PAGE_URL, APP_SCHEME, APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './app-protocol';
import { secureSession } from './app-session';
import { createElectronHost } from './electron-host';
import { grantPathChannel } from './grant-channel';
import { registerContractHandlers, registerPathGrants } from './ipc-wiring';
import { createPathGrants, type PathGrants } from './path-grants';
import { buildMenuTemplate } from './menu-template';
import { isAppUrl, type SenderLike } from './sender-check';
import { APP_CSP, denyPermissions, guardContents, WEB_PREFERENCES } from './window-guards';

const appFile = APP_PAGE_URL;
const page = { url: appFile };

type Listener = (event: SenderLike, input: unknown) => Promise<ApiResult<unknown>>;

function wire(picked: string[] = []) {
  const dir = mkdtempSync(join(tmpdir(), 'luoshi-main-'));
  const workspace = createFakeWorkspace(join(dir, 'w.sqlite'));
  const session = createWorkspaceSession({ openWorkspace: () => workspace, initialPath: join(dir, 'w.sqlite') });
  const grants = createPathGrants();
  const host = createElectronHost({
    dialog: { showOpenDialog: vi.fn(async () => ({ canceled: false, filePaths: picked })), showSaveDialog: vi.fn() } as never,
    shell: { showItemInFolder: vi.fn() },
    window: () => null,
    documentsDir: dir,
    grants,
  });
  const jobs = createImportJobs();
  const dispatch = createDispatch(createHandlers({ session, host, jobs, version: '1' }));
  const listeners = new Map<string, Listener>();
  const registered = registerContractHandlers({ handle: (ch, fn) => listeners.set(ch, fn) }, dispatch, page);
  let grantListener: ((event: SenderLike & { returnValue: unknown }, path: unknown) => void) | null = null;
  registerPathGrants({ on: (ch, fn) => ch === grantPathChannel && (grantListener = fn) }, grants, page);
  /** What the preload does when the page asks for a dropped file's path. */
  const reportPath = (sender: SenderLike, path: unknown) => {
    const event = { ...sender, returnValue: undefined as unknown };
    grantListener!(event, path);
    return event.returnValue;
  };
  return { listeners, registered, workspace, dir, grants, jobs, reportPath };
}

const fromApp: SenderLike = { senderFrame: { url: `${appFile}#/matrix`, parent: null } };

describe('IPC wiring', () => {
  it('registers a handler for every contract channel', () => {
    const { listeners, registered } = wire();
    expect(registered.sort()).toEqual([...channelNames].sort());
    expect([...listeners.keys()].sort()).toEqual(channelNames.map(ipcChannel).sort());
  });

  it('answers the app page', async () => {
    const { listeners } = wire();
    const r = await listeners.get(ipcChannel('workspace/info'))!(fromApp, {});
    expect(r.ok).toBe(true);
  });

  it.each([
    ['another local file', { senderFrame: { url: pathToFileURL('/tmp/evil.html').href, parent: null } }],
    ['the bundle loaded from file://', { senderFrame: { url: pathToFileURL('/opt/luoshi/dist/renderer/index.html').href, parent: null } }],
    ['another app:// host', { senderFrame: { url: 'app://evil/index.html', parent: null } }],
    ['a web page', { senderFrame: { url: 'https://example.com/', parent: null } }],
    ['an iframe inside the app page', { senderFrame: { url: appFile, parent: {} } }],
    ['a destroyed frame', { senderFrame: null }],
  ])('refuses %s', async (_label, event) => {
    const { listeners, workspace } = wire();
    const r = await listeners.get(ipcChannel('settings/set'))!(event as SenderLike, { asOf: '2021-10-01' });
    expect(r).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(workspace.calls.some((c) => c.method === 'setSettings')).toBe(false);
  });

  it('refuses bad input from the app page', async () => {
    const { listeners, workspace } = wire();
    const r = await listeners.get(ipcChannel('documents/remove'))!(fromApp, { id: '1; DROP TABLE' });
    expect(r).toMatchObject({ ok: false, error: { code: 'bad-input' } });
    expect(workspace.calls.some((c) => c.method === 'removeDocument')).toBe(false);
  });
});

describe('app page URL', () => {
  it('accepts the page with any fragment and nothing else', () => {
    expect(isAppUrl(`${appFile}#token=x`, page)).toBe(true);
    expect(isAppUrl('app://luoshi/other.html', page)).toBe(false);
    expect(isAppUrl(pathToFileURL('/opt/luoshi/dist/renderer/index.html').href, page)).toBe(false);
    expect(isAppUrl('https://example.com', page)).toBe(false);
    expect(isAppUrl('not a url', page)).toBe(false);
    expect(isAppUrl('http://localhost:5173/x', { ...page, devUrl: 'http://localhost:5173/' })).toBe(true);
    expect(isAppUrl('http://localhost:5174/x', { ...page, devUrl: 'http://localhost:5173/' })).toBe(false);
  });
});

describe('window guards', () => {
  function fakeContents() {
    const handlers = new Map<string, (event: { preventDefault(): void }, url: string) => void>();
    let openHandler: ((d: { url: string }) => { action: string }) | null = null;
    const contents = {
      setWindowOpenHandler: (fn: typeof openHandler) => {
        openHandler = fn;
      },
      on: (name: string, fn: (event: { preventDefault(): void }, url: string) => void) => {
        handlers.set(name, fn);
        return contents;
      },
    };
    guardContents(contents as never, page);
    const navigate = (name: string, url: string) => {
      const event = { prevented: false, preventDefault() { this.prevented = true; } };
      handlers.get(name)!(event, url);
      return event.prevented;
    };
    /** will-frame-navigate hands one details object that carries the URL and can be prevented. */
    const frameNavigate = (url: string, isMainFrame: boolean) => {
      const details = { url, isMainFrame, prevented: false, preventDefault() { this.prevented = true; } };
      (handlers.get('will-frame-navigate') as unknown as (d: typeof details) => void)(details);
      return details.prevented;
    };
    return { open: (url: string) => openHandler!({ url }), navigate, frameNavigate };
  }

  it('denies every new window', () => {
    expect(fakeContents().open('https://example.com').action).toBe('deny');
    expect(fakeContents().open(appFile).action).toBe('deny');
  });

  it('prevents navigation away but not within the app page', () => {
    const c = fakeContents();
    expect(c.navigate('will-navigate', 'https://example.com')).toBe(true);
    expect(c.navigate('will-navigate', pathToFileURL('/etc/passwd').href)).toBe(true);
    expect(c.navigate('will-redirect', 'http://127.0.0.1:1/')).toBe(true);
    expect(c.navigate('will-navigate', `${appFile}#x`)).toBe(false);
    expect(c.navigate('will-attach-webview', 'about:blank')).toBe(true);
  });

  it('prevents any frame from navigating away, iframes included', () => {
    const c = fakeContents();
    expect(c.frameNavigate('https://example.com/', false)).toBe(true);
    expect(c.frameNavigate(pathToFileURL('/etc/passwd').href, true)).toBe(true);
    expect(c.frameNavigate('app://luoshi/other.html', false)).toBe(true);
    expect(c.frameNavigate(`${appFile}#/matrix`, true)).toBe(false);
  });

  it('denies permission requests and checks', () => {
    let request: ((c: unknown, p: string, cb: (granted: boolean) => void) => void) | null = null;
    let check: (() => boolean) | null = null;
    denyPermissions({
      setPermissionRequestHandler: (fn: never) => {
        request = fn;
      },
      setPermissionCheckHandler: (fn: never) => {
        check = fn;
      },
    } as never);
    const cb = vi.fn();
    request!(null, 'media', cb);
    expect(cb).toHaveBeenCalledWith(false);
    expect(check!()).toBe(false);
  });

  it('keeps the renderer isolated and sandboxed', () => {
    expect(WEB_PREFERENCES).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
  });
});

describe('preload bridge', () => {
  it('forwards contract channels only', async () => {
    const ipc = { invoke: vi.fn(async () => ({ ok: true, value: 1 })), on: vi.fn(), removeListener: vi.fn() };
    const bridge = createBridge(ipc as never, { getPathForFile: () => '/x' });
    expect(await bridge.invoke('workspace/info', {})).toEqual({ ok: true, value: 1 });
    expect(ipc.invoke).toHaveBeenCalledWith('luoshi:workspace/info', {});
    const refused = await bridge.invoke('shell/exec' as never, {});
    expect(refused).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    expect(ipc.invoke).toHaveBeenCalledTimes(1);
  });

  it('passes on known menu commands only', () => {
    let handler: ((e: unknown, c: unknown) => void) | null = null;
    const ipc = { invoke: vi.fn(), on: (_ch: string, fn: typeof handler) => (handler = fn), removeListener: vi.fn() };
    const bridge = createBridge(ipc as never, { getPathForFile: () => '' });
    const seen: string[] = [];
    const off = bridge.onMenuCommand((c) => seen.push(c));
    handler!(null, 'import-files');
    handler!(null, 'format-disk');
    expect(seen).toEqual(['import-files']);
    off();
    expect(ipc.removeListener).toHaveBeenCalled();
  });
});

describe('File menu', () => {
  it('has the seven items and sends their commands', () => {
    const send = vi.fn();
    const [file] = buildMenuTemplate(send, false);
    const items = (file.submenu as { label?: string; click?: () => void; type?: string }[]).filter((i) => i.type !== 'separator');
    expect(items.map((i) => i.label)).toEqual(['打开工作区…', '新建工作区…', '导入文件…', '导出报告…', '导出 Excel…', '打印…', '退出']);
    items.slice(0, 6).forEach((i) => i.click!());
    expect(send.mock.calls.map((c) => c[0])).toEqual(['open-workspace', 'create-workspace', 'import-files', 'export-report', 'export-xlsx', 'print']);
  });
});

describe('Electron dialogs', () => {
  it('treats a cancelled dialog as no choice and reveals exports', async () => {
    const shell = { showItemInFolder: vi.fn() };
    const host = createElectronHost({
      dialog: {
        showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })),
        showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: '/d/r.docx' })),
      } as never,
      shell,
      window: () => null,
      documentsDir: '/d',
      grants: createPathGrants(),
    });
    expect(await host.pickImportFiles!()).toBeNull();
    expect(await host.pickWorkspace!('open')).toBeNull();
    expect(await host.exportTarget('report', 'r.docx')).toBe('/d/r.docx');
    expect(host.exported(['/d/r.docx'])).toEqual([{ name: 'r.docx', path: '/d/r.docx' }]);
    expect(shell.showItemInFolder).toHaveBeenCalledWith('/d/r.docx');
  });

  it('offers an Excel file type when saving the workbook', async () => {
    const showSaveDialog = vi.fn(async () => ({ canceled: false, filePath: '/d/落实情况.xlsx' }));
    const host = createElectronHost({
      dialog: { showOpenDialog: vi.fn(), showSaveDialog } as never,
      shell: { showItemInFolder: vi.fn() },
      window: () => null,
      documentsDir: '/d',
      grants: createPathGrants(),
    });
    expect(await host.exportTarget('xlsx', '落实情况.xlsx')).toBe('/d/落实情况.xlsx');
    expect(JSON.stringify(showSaveDialog.mock.calls)).toContain('"extensions":["xlsx"]');
  });
});

describe('app:// protocol', () => {
  const root = mkdtempSync(join(tmpdir(), 'luoshi-bundle-'));
  const dist = join(root, 'dist', 'renderer');
  mkdirSync(join(dist, 'assets'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>落实</title>');
  writeFileSync(join(dist, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(root, 'secret.txt'), 'secret');
  const serve = createAppProtocolHandler(dist);

  it('is a standard, secure scheme and the page lives on it', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) });
    expect(APP_PAGE_URL).toBe('app://luoshi/index.html');
  });

  it('serves the bundle with the CSP as a header', async () => {
    const page = await serve({ url: 'app://luoshi/index.html', method: 'GET' });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(APP_CSP);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toContain('落实');
    const script = await serve({ url: 'app://luoshi/assets/app.js' });
    expect(script.headers.get('content-type')).toContain('text/javascript');
    expect(script.headers.get('content-security-policy')).toBe(APP_CSP);
  });

  it.each([
    ['a path out of the bundle', 'app://luoshi/../secret.txt', 404],
    ['an encoded path out of the bundle', 'app://luoshi/%2e%2e/secret.txt', 404],
    ['an encoded separator', 'app://luoshi/..%2fsecret.txt', 404],
    ['a missing file', 'app://luoshi/nothing.js', 404],
    ['another host', 'app://evil/index.html', 404],
    ['another scheme', 'file:///etc/passwd', 404],
  ])('refuses %s', async (_label, url, status) => {
    const r = await serve({ url, method: 'GET' });
    expect(r.status).toBe(status);
    expect(await r.text()).not.toContain('secret');
    expect(r.headers.get('content-security-policy')).toBe(APP_CSP);
  });

  it('answers only GET and HEAD', async () => {
    expect((await serve({ url: APP_PAGE_URL, method: 'POST' })).status).toBe(405);
    const head = await serve({ url: APP_PAGE_URL, method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('is what the app session serves, with the CSP header on every response and no permissions', async () => {
    let handled: { scheme: string; handler: (r: Request) => Promise<Response> } | null = null;
    let onHeaders: ((details: { responseHeaders?: Record<string, string[]> }, cb: (r: { responseHeaders?: Record<string, string[]> }) => void) => void) | null = null;
    const permission = vi.fn();
    secureSession(
      {
        protocol: { handle: (scheme, handler) => (handled = { scheme, handler }) },
        webRequest: { onHeadersReceived: ((fn: typeof onHeaders) => (onHeaders = fn)) as never },
        setPermissionRequestHandler: ((fn: (c: unknown, p: string, cb: (g: boolean) => void) => void) => fn(null, 'media', permission)) as never,
        setPermissionCheckHandler: vi.fn(),
      },
      dist,
    );
    expect(handled!.scheme).toBe(APP_SCHEME);
    const r = await handled!.handler(new Request(APP_PAGE_URL));
    expect(r.status).toBe(200);
    let headers: Record<string, string[]> | undefined;
    onHeaders!({ responseHeaders: { 'Content-Type': ['text/html'] } }, (result) => (headers = result.responseHeaders));
    expect(headers).toEqual({ 'Content-Type': ['text/html'], 'Content-Security-Policy': [APP_CSP] });
    expect(permission).toHaveBeenCalledWith(false);
  });

  it('is how main.ts loads the window (never loadFile, never file://)', () => {
    const main = readFileSync(join(__dirname, 'main.ts'), 'utf8');
    expect(main).toContain('protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES])');
    expect(main).toContain('secureSession(electronSession.defaultSession');
    expect(main).toContain('loadURL(page.devUrl ?? page.url)');
    expect(main).not.toMatch(/loadFile|pathToFileURL/);
  });
});

describe('paths the page may name', () => {
  async function importWith(w: ReturnType<typeof wire>, paths: string[]) {
    const r = await w.listeners.get(ipcChannel('documents/import'))!(fromApp, { paths, role: 'submission' });
    await w.jobs.idle();
    return r;
  }

  it('refuses a path the user never chose, and imports nothing', async () => {
    const w = wire();
    const r = await importWith(w, ['/etc/passwd']);
    expect(r).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringContaining('「passwd」') } });
    expect(w.workspace.calls.some((c) => c.method === 'importFiles')).toBe(false);
    const open = await w.listeners.get(ipcChannel('workspace/open'))!(fromApp, { path: '/tmp/other.sqlite' });
    expect(open).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('accepts a file dropped in the page once the preload has reported it', async () => {
    const w = wire();
    const dropped = join(w.dir, '区民政局报告.txt');
    expect(w.reportPath(fromApp, dropped)).toBe(true);
    const r = await importWith(w, [dropped]);
    expect(r.ok).toBe(true);
    expect(w.workspace.calls.some((c) => c.method === 'importFiles')).toBe(true);
    // One chosen file does not open the way for its neighbours.
    expect(await importWith(w, [dropped, join(w.dir, 'other.txt')])).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('ignores reports from other pages and frames', () => {
    const w = wire();
    expect(w.reportPath({ senderFrame: { url: 'https://example.com/', parent: null } }, '/etc/passwd')).toBe(false);
    expect(w.reportPath({ senderFrame: { url: appFile, parent: {} } }, '/etc/passwd')).toBe(false);
    expect(w.reportPath(fromApp, 42)).toBe(false);
    expect(w.grants.allows('/etc/passwd')).toBe(false);
  });

  it('accepts what the import dialog returned', async () => {
    const w = wire(['/data/区财政局报告.docx']);
    const picked = await w.listeners.get(ipcChannel('documents/import'))!(fromApp, { role: 'submission' });
    expect(picked.ok).toBe(true);
    await w.jobs.idle();
    expect(w.grants.allows('/data/区财政局报告.docx')).toBe(true);
    expect(w.grants.allows('/data/other.docx')).toBe(false);
  });

  it('compares paths the way the file system does', () => {
    const windows: PathGrants = createPathGrants('win32');
    windows.grant(['C:/Users/a/Report.docx']);
    expect(windows.allows('c:/users/a/report.docx')).toBe(true);
    const linux = createPathGrants('linux');
    linux.grant(['/home/a/Report.docx']);
    expect(linux.allows('/home/a/report.docx')).toBe(false);
    expect(linux.allows('/home/a/x/../Report.docx')).toBe(true);
  });
});

describe('preload bridge: dropped files', () => {
  it('reports the path of a real file to the main process, and nothing for a file without one', () => {
    const ipc = { invoke: vi.fn(), on: vi.fn(), removeListener: vi.fn(), sendSync: vi.fn(() => true) };
    const paths = new Map<unknown, string>([['real', '/home/a/报告.txt'], ['made-up', '']]);
    const bridge = createBridge(ipc as never, { getPathForFile: (f: unknown) => paths.get(f) ?? '' } as never);
    expect(bridge.pathForFile('real' as never)).toBe('/home/a/报告.txt');
    expect(bridge.pathForFile('made-up' as never)).toBe('');
    expect(ipc.sendSync.mock.calls).toEqual([[grantPathChannel, '/home/a/报告.txt']]);
  });
});

describe('electron-builder fuses', () => {
  /** The keys under electronFuses: in electron-builder.yml, as written. */
  function fuses(): Record<string, string> {
    const text = readFileSync(join(__dirname, '..', '..', 'electron-builder.yml'), 'utf8');
    const block = /^electronFuses:\n((?:[ \t]+.*\n?)*)/m.exec(text);
    if (!block) return {};
    return Object.fromEntries(block[1].split('\n').map((l) => /^\s+(\w+):\s*(\S+)/.exec(l)).filter((m) => m !== null).map((m) => [m![1], m![2]]));
  }

  it('turns off RunAsNode, NODE_OPTIONS and inspect flags, and on cookie encryption, ASAR integrity and ASAR-only loading', () => {
    expect(fuses()).toEqual({
      runAsNode: 'false',
      enableNodeOptionsEnvironmentVariable: 'false',
      enableNodeCliInspectArguments: 'false',
      enableCookieEncryption: 'true',
      enableEmbeddedAsarIntegrityValidation: 'true',
      onlyLoadAppFromAsar: 'true',
      grantFileProtocolExtraPrivileges: 'false',
    });
  });
});
