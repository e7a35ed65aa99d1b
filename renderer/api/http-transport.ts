// Browser-mode transport: POST /api/<channel> on the loopback server, with the per-run token.
import { isApiResult, type ApiResult } from '../../shared/api/result';
import type { ApiClient } from './client';
import { createConnection, timeoutFor, timeoutMessage } from './connection';
import { takeToken } from './token';

const NO_TOKEN: ApiResult<never> = {
  ok: false,
  error: { code: 'unauthorized', message: '缺少访问令牌：请使用启动时打印的完整地址（含 #token=…）打开本页' },
};

const REFUSED: ApiResult<never> = {
  ok: false,
  error: {
    code: 'unauthorized',
    message: '本页的访问令牌已失效（浏览器模式重新启动过）。请打开启动时新打印的地址；工作区数据不受影响。',
  },
};

export function createHttpTransport(win: Window): ApiClient {
  const token = takeToken(win);
  const connection = createConnection();

  // Pasting the newly printed address into this tab only changes the fragment: start again with the new token.
  win.addEventListener('hashchange', () => {
    if (/(?:^#|&)token=/.test(win.location.hash)) win.location.reload();
  });

  async function post(path: string, body: BodyInit, headers: Record<string, string>, timeoutMs: number): Promise<ApiResult<unknown>> {
    if (!token) {
      connection.report('token-refused');
      return NO_TOKEN;
    }
    if (connection.state() === 'token-refused') return REFUSED;
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), timeoutMs);
    let res: Response;
    try {
      res = await fetch(path, { method: 'POST', body, headers: { ...headers, 'X-Luoshi-Token': token }, signal: abort.signal });
    } catch {
      clearTimeout(timer);
      if (abort.signal.aborted) {
        connection.report('timeout');
        return { ok: false, error: { code: 'timeout', message: timeoutMessage(timeoutMs) } };
      }
      connection.report('unreachable');
      return { ok: false, error: { code: 'network', message: '无法连接本机服务，请确认浏览器模式仍在运行' } };
    }
    try {
      const json: unknown = await res.json();
      clearTimeout(timer);
      if (isApiResult(json)) {
        if (!json.ok && json.error.code === 'unauthorized') {
          connection.report('token-refused');
          return REFUSED;
        }
        connection.report('ok');
        return json;
      }
    } catch {
      clearTimeout(timer);
      if (abort.signal.aborted) {
        connection.report('timeout');
        return { ok: false, error: { code: 'timeout', message: timeoutMessage(timeoutMs) } };
      }
    }
    return { ok: false, error: { code: 'internal', message: `本机服务返回了无法识别的应答（HTTP ${res.status}）` } };
  }

  return {
    mode: 'browser',
    connection,
    call(channel, input) {
      return post(`api/${channel}`, JSON.stringify(input ?? {}), { 'Content-Type': 'application/json' }, timeoutFor(channel)) as never;
    },
    async filePaths(files, onProgress) {
      const paths: string[] = [];
      for (const [i, file] of files.entries()) {
        onProgress?.({ done: i, total: files.length, file: file.name });
        const r = await post(
          'api/upload',
          file,
          { 'Content-Type': 'application/octet-stream', 'X-File-Name': encodeURIComponent(file.name) },
          // A generous bound: a slow disk and a 100 MB file.
          120_000,
        );
        if (!r.ok) return { ok: false, error: { code: r.error.code, message: `${file.name}：${r.error.message}` } };
        paths.push((r.value as { path: string }).path);
      }
      onProgress?.({ done: files.length, total: files.length, file: '' });
      return { ok: true, value: paths };
    },
    async saveExported(files) {
      if (!token) return NO_TOKEN;
      for (const file of files) {
        if (!file.downloadId) continue;
        let res: Response;
        try {
          res = await fetch(`api/download/${encodeURIComponent(file.downloadId)}`, { headers: { 'X-Luoshi-Token': token } });
        } catch {
          connection.report('unreachable');
          return { ok: false, error: { code: 'network', message: '无法连接本机服务，下载失败' } };
        }
        if (res.status === 401) {
          connection.report('token-refused');
          return REFUSED;
        }
        if (!res.ok) return { ok: false, error: { code: 'not-found', message: `${file.name}：下载失败（HTTP ${res.status}）` } };
        const url = URL.createObjectURL(await res.blob());
        const a = win.document.createElement('a');
        a.href = url;
        a.download = file.name;
        win.document.body.appendChild(a);
        a.click();
        a.remove();
        setTimeout(() => URL.revokeObjectURL(url), 60_000);
      }
      return { ok: true, value: null };
    },
    onMenuCommand() {
      return () => {};
    },
  };
}
