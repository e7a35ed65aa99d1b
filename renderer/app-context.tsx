// What every view shares: the API client, the open workspace, the as-of date, navigation and notices.
import { createContext, useContext } from 'react';
import type { IsoDate } from '../shared/types';
import type { WorkspaceInfo } from '../shared/views';
import type { ApiClient } from './api/client';
import type { Importer } from './lib/use-importer';

export type ViewName = 'overview' | 'documents' | 'policy' | 'matrix' | 'compare' | 'search' | 'departments' | 'department' | 'help' | 'history';

export interface CompareTarget {
  measure: number;
  department: string;
}

export interface NoticeAction {
  label: string;
  run(): void | Promise<void>;
}

export interface Notice {
  id: number;
  kind: 'info' | 'error' | 'success';
  text: string;
  /** One thing the user can do about it, e.g. 撤销. */
  action?: NoticeAction;
}

export interface AppState {
  client: ApiClient;
  info: WorkspaceInfo | null;
  /** The date the compliance views are computed as of (setting, else today). */
  asOf: IsoDate;
  /** Bumped after anything that changes workspace data, so views reload. */
  dataVersion: number;
  dataChanged(): void;
  view: ViewName;
  compareTarget: CompareTarget | null;
  /** The last comparison shown, so the picker starts from its department. */
  lastCompared: CompareTarget | null;
  navigate(view: ViewName, target?: CompareTarget): void;
  /** The department whose page (部门 page) is open or was last opened. */
  department: string | null;
  openDepartment(name: string): void;
  notify(kind: Notice['kind'], text: string, action?: NoticeAction): void;
  importer: Importer;
}

export const AppContext = createContext<AppState | null>(null);

export function useApp(): AppState {
  const state = useContext(AppContext);
  if (!state) throw new Error('useApp outside AppContext');
  return state;
}
