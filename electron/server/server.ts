// Browser mode: the same workbench served on 127.0.0.1 with a per-run token, for machines without Electron.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import { createReadStream, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { fail, ok, type ApiResult } from '../../shared/api/result';
import { defaultDataDir, startupWorkspace, writeAppSettings } from '../api/app-settings';
import { createDispatch } from '../api/dispatch';
import { ApiFailure, toApiError } from '../api/errors';
import { createHandlers } from '../api/handlers';
import { createImportJobs, type ImportJobs } from '../api/import-jobs';
import { createWorkspaceSession, type OpenWorkspace } from '../api/workspace-session';
import { appRoot } from '../paths';
import { createBrowserHost } from './browser-host';
import { attachmentHeader, createDownloadRegistry } from './downloads';
import { hasValidToken, isAllowedHost, isAllowedOrigin, SECURITY_HEADERS } from './request-guard';
import { resolveStatic, sendFile } from './static-files';
import { createScratch, defaultScratchRoot } from './scratch';
import { receiveUpload, removeUploads } from './upload';

export interface ServerOptions {
  /** Workspace SQLite file; default: the last one opened, else workspace.sqlite in the data folder. */
  workspace?: string;
  /** 0 or absent: a free port chosen by the system. */
  port?: number;
  /** Per-user folder for settings.json and the default workspace. */
  dataDir?: string;
  /** Built renderer (vite build); default dist/renderer in the app folder. */
  staticDir?: string;
  /** The workspace service; injectable for tests. */
  openWorkspace?: OpenWorkspace;
  /** Fixed token, for tests; default: 32 random bytes. */
  token?: string;
  /** Where runs keep uploads and exports; default <tmp>/luoshi-web-<user>. */
  scratchRoot?: string;
  /** Called with unexpected handler errors (never with the token). */
  onError?: (channel: string, err: unknown) => void;
}

export interface RunningServer {
  port: number;
  token: string;
  /** http://127.0.0.1:PORT/ */
  origin: string;
  /** The page with the token in its fragment, which never reaches the server or its logs. */
  pageUrl: string;
  workspacePath(): string;
  close(): Promise<void>;
}

const MAX_JSON_BYTES = 1024 * 1024;

function readVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(join(appRoot(), 'package.json'), 'utf8')) as { version?: string };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

/** The workspace service with an import pool: files are read in worker threads, so the server keeps answering. */
async function loadWorkspaceService(): Promise<{ open: OpenWorkspace; close: () => Promise<void> }> {
  const [mod, ingest] = await Promise.all([import('../services/workspace'), import('../ingest/pool')]);
  const pool = ingest.createImportPool();
  // The engines start now, in the background, so the first import is as quick as the next.
  void pool.warm();
  // Reports a correction to the ledger makes stale are read again in slices, the server answering between them.
  return { open: (path) => mod.openWorkspace(path, { parser: pool, rereadInSlices: true }), close: () => pool.close() };
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_JSON_BYTES) throw new ApiFailure('bad-input', '请求内容过大');
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8').trim();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ApiFailure('bad-input', '请求内容不是有效的 JSON');
  }
}

function sendJson(res: ServerResponse, status: number, body: ApiResult<unknown>): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}

/** Import jobs that delete the uploaded files they read once they are done, whether they succeeded or not. */
function removingUploads(jobs: ImportJobs, uploadDir: string): ImportJobs {
  return {
    ...jobs,
    start(paths, run) {
      return jobs.start(paths, async (onProgress, signal) => {
        try {
          return await run(onProgress, signal);
        } finally {
          removeUploads(uploadDir, paths);
        }
      });
    },
  };
}

export async function exportServer(options: ServerOptions = {}): Promise<RunningServer> {
  const dataDir = options.dataDir ?? defaultDataDir();
  const service = options.openWorkspace ? { open: options.openWorkspace, close: async () => {} } : await loadWorkspaceService();
  const openWorkspace = service.open;
  const token = options.token ?? randomBytes(32).toString('base64url');
  const staticDir = options.staticDir ?? join(appRoot(), 'dist', 'renderer');
  // Folders left by earlier runs that crashed are removed here, before this run makes its own.
  const scratch = createScratch(options.scratchRoot ?? defaultScratchRoot());
  const uploads = join(scratch, 'uploads');

  const session = createWorkspaceSession({
    openWorkspace,
    initialPath: startupWorkspace(dataDir, options.workspace),
    onOpened: (path) => {
      try {
        writeAppSettings(dataDir, { lastWorkspace: path });
      } catch {
        /* a read-only profile only loses the last-opened shortcut */
      }
    },
  });
  const downloads = createDownloadRegistry();
  const jobs = removingUploads(createImportJobs(), uploads);
  const handlers = createHandlers({
    session,
    jobs,
    host: createBrowserHost(join(scratch, 'exports'), downloads),
    version: readVersion(),
  });
  const dispatch = createDispatch(handlers, options.onError);
  let port = 0;

  async function handleApi(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    if (!isAllowedOrigin(req.headers.origin, port)) {
      return sendJson(res, 403, fail('forbidden', '拒绝来自其他网页的请求'));
    }
    if (!hasValidToken(req, token)) {
      return sendJson(res, 401, fail('unauthorized', '缺少或错误的访问令牌，请使用启动时打印的完整地址打开'));
    }
    if (path === '/api/upload') {
      if (req.method !== 'POST') return sendJson(res, 405, fail('bad-input', '只接受 POST'));
      const saved = await receiveUpload(req, uploads);
      return sendJson(res, 200, ok({ path: saved }));
    }
    if (path.startsWith('/api/download/')) {
      const entry = downloads.lookup(path.slice('/api/download/'.length));
      if (req.method !== 'GET' || !entry) return sendJson(res, 404, fail('not-found', '要下载的文件不存在或已过期'));
      res.writeHead(200, {
        ...SECURITY_HEADERS,
        'Content-Type': 'application/octet-stream',
        'Content-Length': String(statSync(entry.path).size),
        'Content-Disposition': attachmentHeader(entry.name),
        'Cache-Control': 'no-store',
      });
      createReadStream(entry.path).pipe(res);
      return;
    }
    if (req.method !== 'POST') return sendJson(res, 405, fail('bad-input', '只接受 POST'));
    const input = await readJson(req);
    const result = await dispatch(path.slice('/api/'.length), input);
    sendJson(res, result.ok || result.error.code !== 'unknown-channel' ? 200 : 404, result);
  }

  const server = createServer((req, res) => {
    void (async () => {
      try {
        const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
        if (!isAllowedHost(req.headers.host, port)) {
          return sendJson(res, 421, fail('forbidden', '请通过 127.0.0.1 或 localhost 访问'));
        }
        if (path.startsWith('/api/')) return await handleApi(req, res, path);
        if (req.method !== 'GET' && req.method !== 'HEAD') {
          res.writeHead(405, SECURITY_HEADERS);
          res.end();
          return;
        }
        const file = resolveStatic(staticDir, path);
        if (!file) {
          res.writeHead(404, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
          res.end(path === '/' ? '界面文件缺失：请先运行 vite build 生成 dist/renderer' : '找不到该页面');
          return;
        }
        sendFile(res, file, SECURITY_HEADERS);
      } catch (err) {
        if (!res.headersSent) sendJson(res, err instanceof ApiFailure ? 400 : 500, { ok: false, error: toApiError(err) });
        else res.destroy();
      }
    })();
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}/`;

  return {
    port,
    token,
    origin,
    pageUrl: `${origin}#token=${token}`,
    workspacePath: () => session.path(),
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await jobs.idle();
      session.close();
      await service.close();
      rmSync(scratch, { recursive: true, force: true });
    },
  };
}
