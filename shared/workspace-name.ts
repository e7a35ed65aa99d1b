// The workspace as the window names it. A workspace's name is its file's, without the extension (2022年督查.sqlite →
// 2022年督查); the file the app makes by itself on first use carries no name of the office's choosing, so it is called
// 工作区. The path is for the tooltip.

/** The file the app creates in its data folder when no workspace is named. */
export const DEFAULT_WORKSPACE_FILE = 'workspace.sqlite';

const WORKSPACE_EXTENSION = /\.(?:sqlite3?|db)$/i;

/** The workspace's name for the top bar: 工作区 for the default file, else the file's name without its extension. */
export function workspaceName(path: string): string {
  const file = path.split(/[\\/]/).pop() ?? path;
  if (file.toLowerCase() === DEFAULT_WORKSPACE_FILE) return '工作区';
  return file.replace(WORKSPACE_EXTENSION, '') || file;
}
