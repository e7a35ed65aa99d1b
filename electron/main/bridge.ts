// Builds what the preload exposes as window.luoshi: exactly the contract channels, nothing else of IPC.
import type { IpcRenderer, WebUtils } from 'electron';
import type { LuoshiBridge } from '../../shared/api/bridge';
import { ipcChannel, isChannelName, menuCommandChannel, menuCommands, type MenuCommand } from '../../shared/api/channels';
import { grantPathChannel } from './grant-channel';

export function createBridge(
  ipc: Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener' | 'sendSync'>,
  webUtils: Pick<WebUtils, 'getPathForFile'>,
): LuoshiBridge {
  return {
    invoke(channel, input) {
      if (!isChannelName(channel)) {
        return Promise.resolve({ ok: false, error: { code: 'unknown-channel', message: '未知的接口' } });
      }
      return ipc.invoke(ipcChannel(channel), input);
    },
    pathForFile(file) {
      // Only a file the user dropped or picked has a path; the main process is told before the page can use it.
      const path = webUtils.getPathForFile(file);
      if (path) ipc.sendSync(grantPathChannel, path);
      return path;
    },
    onMenuCommand(listener) {
      const handler = (_event: unknown, command: unknown) => {
        if ((menuCommands as readonly unknown[]).includes(command)) listener(command as MenuCommand);
      };
      ipc.on(menuCommandChannel, handler);
      return () => {
        ipc.removeListener(menuCommandChannel, handler);
      };
    },
  } satisfies LuoshiBridge;
}
