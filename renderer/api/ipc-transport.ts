// Electron transport: the preload bridge, which forwards only contract channels.
import type { LuoshiBridge } from '../../shared/api/bridge';
import { isApiResult, type ApiResult } from '../../shared/api/result';
import type { ApiClient } from './client';
import { createConnection, timeoutFor, timeoutMessage } from './connection';

function opensDialog(channel: string): boolean {
  return channel === 'documents/import' || channel.startsWith('workspace/') || channel.startsWith('export/');
}

export function createIpcTransport(bridge: LuoshiBridge): ApiClient {
  const connection = createConnection();
  return {
    mode: 'electron',
    connection,
    async call(channel, input) {
      try {
        const ms = timeoutFor(channel);
        let timer: ReturnType<typeof setTimeout> | undefined;
        // A native dialog waits for the user as long as it takes; everything else answers or is reported.
        const late = new Promise<'late'>((resolve) => {
          if (!opensDialog(channel)) timer = setTimeout(() => resolve('late'), ms);
        });
        const r = await Promise.race([bridge.invoke(channel, input), late]);
        clearTimeout(timer);
        if (r === 'late') {
          connection.report('timeout');
          return { ok: false, error: { code: 'timeout', message: timeoutMessage(ms) } };
        }
        connection.report('ok');
        if (isApiResult(r)) return r as never;
        return { ok: false, error: { code: 'internal', message: '收到无法识别的应答' } };
      } catch {
        return { ok: false, error: { code: 'internal', message: '程序内部通信失败，操作没有完成，请重试' } };
      }
    },
    async filePaths(files) {
      const paths = files.map((f) => bridge.pathForFile(f));
      if (paths.some((p) => !p)) {
        return { ok: false, error: { code: 'bad-input', message: '无法读取所选文件的位置，请通过“文件 > 导入文件…”菜单导入' } };
      }
      return { ok: true, value: paths } satisfies ApiResult<string[]>;
    },
    async saveExported() {
      return { ok: true, value: null };
    },
    onMenuCommand(listener) {
      return bridge.onMenuCommand(listener);
    },
  };
}
