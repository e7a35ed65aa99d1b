// Electron transport: the preload bridge, which forwards only contract channels.
import type { LuoshiBridge } from '../../shared/api/bridge';
import { isApiResult, type ApiResult } from '../../shared/api/result';
import type { ApiClient } from './client';

export function createIpcTransport(bridge: LuoshiBridge): ApiClient {
  return {
    mode: 'electron',
    async call(channel, input) {
      try {
        const r = await bridge.invoke(channel, input);
        if (isApiResult(r)) return r as never;
        return { ok: false, error: { code: 'internal', message: '收到无法识别的应答' } };
      } catch (err) {
        return { ok: false, error: { code: 'internal', message: `调用失败：${(err as Error).message}` } };
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
