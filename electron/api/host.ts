// What differs between the Electron host and the browser-mode server, as seen by the handler table.
import type { ExportedFile } from '../../shared/api/contract';

/** notices-split writes one file per department into a folder: the target is that folder. */
export type ExportKind = 'report' | 'notices' | 'notices-split' | 'xlsx';

export interface HostServices {
  mode: 'electron' | 'browser';
  /** Native dialogs exist only in Electron; the browser host leaves these out. */
  pickWorkspace?(kind: 'open' | 'create'): Promise<string | null>;
  pickImportFiles?(): Promise<string[] | null>;
  /**
   * Whether the page may name this path to import or open. Electron: only paths the user chose in this session
   * (a dialog, a drop). Absent in browser mode, where paths are typed by the user or are the server's own uploads.
   */
  allowsPath?(path: string): boolean;
  /** Where to write an export: a save dialog (null = cancelled) or a private temp path. */
  exportTarget(kind: ExportKind, suggestedName: string): Promise<string | null>;
  /** Hands written files to the user: reveal them in the file manager, or register downloads. */
  exported(paths: string[]): ExportedFile[];
}
