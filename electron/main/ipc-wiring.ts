// Registers one ipcMain handler per contract channel; every call is checked for its sender, then dispatched
// (which validates the input against the contract schema).
import { channelNames, ipcChannel, type ChannelName } from '../../shared/api/channels';
import { fail, type ApiResult } from '../../shared/api/result';
import type { Dispatch } from '../api/dispatch';
import { grantPathChannel } from './grant-channel';
import type { PathGrants } from './path-grants';
import { isTrustedSender, type AppPage, type SenderLike } from './sender-check';

export interface IpcMainLike {
  handle(channel: string, listener: (event: SenderLike, input: unknown) => Promise<ApiResult<unknown>>): void;
}

export interface IpcMainEventsLike {
  on(channel: string, listener: (event: SenderLike & { returnValue: unknown }, path: unknown) => void): void;
}

/** Paths the preload reports (dropped or picked in the page) become readable, if the app page reports them. */
export function registerPathGrants(ipc: IpcMainEventsLike, grants: PathGrants, page: AppPage): void {
  ipc.on(grantPathChannel, (event, path) => {
    const trusted = isTrustedSender(event, page) && typeof path === 'string' && path !== '';
    if (trusted) grants.grant([path as string]);
    event.returnValue = trusted;
  });
}

export function registerContractHandlers(ipc: IpcMainLike, dispatch: Dispatch, page: AppPage): ChannelName[] {
  for (const name of channelNames) {
    ipc.handle(ipcChannel(name), async (event, input) => {
      if (!isTrustedSender(event, page)) return fail('forbidden', '拒绝来自非本应用页面的调用');
      return dispatch(name, input);
    });
  }
  return [...channelNames];
}
