// Electron main process: one locked-down window on the built renderer, the API over IPC, a File menu.
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session as electronSession, shell, utilityProcess } from 'electron';
import { join } from 'node:path';
import { menuCommandChannel } from '../../shared/api/channels';
import { defaultDataDir, startupWorkspace, writeAppSettings } from '../api/app-settings';
import { createDispatch } from '../api/dispatch';
import { createHandlers } from '../api/handlers';
import { createImportJobs } from '../api/import-jobs';
import { createWorkspaceSession, type WorkspaceSession } from '../api/workspace-session';
import { openWorkspace } from '../services/workspace';
import { APP_PAGE_URL, APP_SCHEME_PRIVILEGES } from './app-protocol';
import { secureSession } from './app-session';
import { createElectronHost } from './electron-host';
import { createImportProcess } from './import-process';
import { registerContractHandlers, registerPathGrants } from './ipc-wiring';
import { buildMenuTemplate } from './menu-template';
import { createPathGrants } from './path-grants';
import type { AppPage } from './sender-check';
import { guardContents, WEB_PREFERENCES } from './window-guards';

const dataDir = defaultDataDir();
app.setPath('userData', dataDir);
// Before ready: app:// must be known as a standard, secure scheme when the first page loads.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

let window: BrowserWindow | null = null;
let session: WorkspaceSession | null = null;
// Files are read in a utility process (the import pool), started and warmed at launch.
const importProcess = createImportProcess(utilityProcess, __dirname);

function workspaceArg(argv: string[]): string | undefined {
  const inline = argv.find((a) => a.startsWith('--workspace='));
  if (inline) return inline.slice('--workspace='.length);
  const at = argv.indexOf('--workspace');
  return at >= 0 ? argv[at + 1] : undefined;
}

function createWindow(page: AppPage): BrowserWindow {
  const win = new BrowserWindow({
    width: 1366,
    height: 768,
    minWidth: 1100,
    minHeight: 640,
    title: 'Luoshi 落实',
    show: false,
    backgroundColor: '#f5f6f8',
    webPreferences: { ...WEB_PREFERENCES, preload: join(__dirname, 'preload.cjs') },
  });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(page.devUrl ?? page.url);
  win.on('closed', () => {
    if (window === win) window = null;
  });
  return win;
}

async function start(): Promise<void> {
  const page: AppPage = {
    url: APP_PAGE_URL,
    devUrl: app.isPackaged ? undefined : process.env.LUOSHI_DEV_URL,
  };

  secureSession(electronSession.defaultSession, join(app.getAppPath(), 'dist', 'renderer'));
  app.on('web-contents-created', (_event, contents) => guardContents(contents, page));

  void importProcess.warm();
  session = createWorkspaceSession({
    openWorkspace: (path) => openWorkspace(path, { parser: importProcess, rereadInSlices: true }),
    initialPath: startupWorkspace(dataDir, workspaceArg(process.argv)),
    onOpened: (path) => {
      try {
        writeAppSettings(dataDir, { lastWorkspace: path });
      } catch {
        /* a read-only profile only loses the last-opened shortcut */
      }
    },
  });
  const grants = createPathGrants();
  registerPathGrants(ipcMain, grants, page);
  const host = createElectronHost({ dialog, shell, window: () => window, documentsDir: app.getPath('documents'), grants });
  const handlers = createHandlers({ session, host, jobs: createImportJobs(), version: app.getVersion() });
  const dispatch = createDispatch(handlers, (channel, err) =>
    console.error(`[${channel}]`, err instanceof Error ? err.message : err),
  );
  registerContractHandlers(ipcMain, dispatch, page);

  const send = (command: Parameters<Parameters<typeof buildMenuTemplate>[0]>[0]) =>
    window?.webContents.send(menuCommandChannel, command);
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(send, process.platform === 'darwin')));

  window = createWindow(page);
  app.on('activate', () => {
    if (!window) window = createWindow(page);
  });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (window?.isMinimized()) window.restore();
    window?.focus();
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    session?.close();
    void importProcess.close();
  });
  app.whenReady().then(start).catch((err: unknown) => {
    dialog.showErrorBox('Luoshi 启动失败', err instanceof Error ? err.message : String(err));
    app.quit();
  });
}
