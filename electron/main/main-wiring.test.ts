import { mkdtempSync } from 'node:fs';
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
import { createElectronHost } from './electron-host';
import { registerContractHandlers } from './ipc-wiring';
import { buildMenuTemplate } from './menu-template';
import { isAppUrl, type SenderLike } from './sender-check';
import { denyPermissions, guardContents, WEB_PREFERENCES } from './window-guards';

const appFile = pathToFileURL('/opt/luoshi/dist/renderer/index.html').href;
const page = { fileUrl: appFile };

type Listener = (event: SenderLike, input: unknown) => Promise<ApiResult<unknown>>;

function wire() {
  const dir = mkdtempSync(join(tmpdir(), 'luoshi-main-'));
  const workspace = createFakeWorkspace(join(dir, 'w.sqlite'));
  const session = createWorkspaceSession({ openWorkspace: () => workspace, initialPath: join(dir, 'w.sqlite') });
  const host = createElectronHost({
    dialog: { showOpenDialog: vi.fn(), showSaveDialog: vi.fn() } as never,
    shell: { showItemInFolder: vi.fn() },
    window: () => null,
    documentsDir: dir,
  });
  const dispatch = createDispatch(createHandlers({ session, host, jobs: createImportJobs(), version: '1' }));
  const listeners = new Map<string, Listener>();
  const registered = registerContractHandlers({ handle: (ch, fn) => listeners.set(ch, fn) }, dispatch, page);
  return { listeners, registered, workspace };
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
    expect(isAppUrl(pathToFileURL('/opt/luoshi/dist/renderer/other.html').href, page)).toBe(false);
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
    return { open: (url: string) => openHandler!({ url }), navigate };
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
    });
    expect(await host.exportTarget('xlsx', '落实情况.xlsx')).toBe('/d/落实情况.xlsx');
    expect(JSON.stringify(showSaveDialog.mock.calls)).toContain('"extensions":["xlsx"]');
  });
});
