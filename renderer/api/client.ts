// The renderer's one way to the Node side: the contract's channels over IPC (Electron) or loopback HTTP.
import type { ChannelName, ExportedFile, InputOf, OutputOf } from '../../shared/api/contract';
import type { MenuCommand } from '../../shared/api/channels';
import type { LuoshiBridge } from '../../shared/api/bridge';
import type { ApiResult } from '../../shared/api/result';
import type { Connection } from './connection';
import { createHttpTransport } from './http-transport';
import { createIpcTransport } from './ipc-transport';

export interface UploadProgress {
  done: number;
  total: number;
  file: string;
}

export interface ApiClient {
  readonly mode: 'electron' | 'browser';
  call<C extends ChannelName>(channel: C, input: InputOf<C>): Promise<ApiResult<OutputOf<C>>>;
  /** Paths the Node side can import: Electron reads them off the files, browser mode uploads the bytes first. */
  filePaths(files: File[], onProgress?: (p: UploadProgress) => void): Promise<ApiResult<string[]>>;
  /** Browser mode downloads exported files; Electron has already revealed them. */
  saveExported(files: ExportedFile[]): Promise<ApiResult<null>>;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Whether calls still reach the Node side, for the banner that explains when they do not. */
  readonly connection: Connection;
}

declare global {
  interface Window {
    luoshi?: LuoshiBridge;
  }
}

export function createClient(win: Window = window): ApiClient {
  return win.luoshi ? createIpcTransport(win.luoshi) : createHttpTransport(win);
}

/** The value, or throws the error value as an Error whose message is ready to show. */
export async function unwrap<T>(result: Promise<ApiResult<T>>): Promise<T> {
  const r = await result;
  if (r.ok) return r.value;
  throw new ApiCallError(r.error.code, r.error.message);
}

export class ApiCallError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiCallError';
  }
}
