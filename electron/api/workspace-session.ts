// Holds the open workspace and swaps it when the user opens or creates another one.
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { WorkspaceApi } from '../services/workspace-api';
import { ApiFailure } from './errors';

export type OpenWorkspace = (dbPath: string) => WorkspaceApi;

export interface WorkspaceSession {
  current(): WorkspaceApi;
  path(): string;
  /** Opens an existing file (create false) or makes a new one (create true); the old one stays open on failure. */
  open(path: string, options: { create: boolean }): WorkspaceApi;
  close(): void;
}

export interface SessionOptions {
  openWorkspace: OpenWorkspace;
  /** Opened at once, created when missing. */
  initialPath: string;
  /** Called after every successful open, e.g. to remember the last workspace. */
  onOpened?: (path: string) => void;
}

export function createWorkspaceSession(options: SessionOptions): WorkspaceSession {
  let path = resolve(options.initialPath);
  mkdirSync(dirname(path), { recursive: true });
  let workspace = options.openWorkspace(path);
  options.onOpened?.(path);

  return {
    current() {
      return workspace;
    },
    path() {
      return path;
    },
    open(target, { create }) {
      const next = resolve(target);
      const exists = existsSync(next);
      if (create && exists) throw new ApiFailure('exists', `工作区文件已存在：${next}，请换一个文件名或直接打开它`);
      if (!create && !exists) throw new ApiFailure('not-found', `找不到工作区文件：${next}`);
      if (create) mkdirSync(dirname(next), { recursive: true });
      const opened = options.openWorkspace(next);
      workspace.close();
      workspace = opened;
      path = next;
      options.onOpened?.(path);
      return workspace;
    },
    close() {
      workspace.close();
    },
  };
}
