import { describe, expect, it } from 'vitest';
import { DEFAULT_WORKSPACE_FILE, workspaceName } from './workspace-name';

describe('workspaceName', () => {
  it.each([
    // the file the app made by itself has no name of the office's: 工作区
    [`/home/user/.config/Luoshi/${DEFAULT_WORKSPACE_FILE}`, '工作区'],
    ['C:\\Users\\督查室\\AppData\\Roaming\\Luoshi\\Workspace.SQLITE', '工作区'],
    // a file the office named: its name, without the extension
    ['D:\\督查\\2022年督查.sqlite', '2022年督查'],
    ['/mnt/u/放管服督查.db', '放管服督查'],
    // a file merely holding the word, or of another extension, keeps its name
    ['/tmp/workspace-2022.sqlite', 'workspace-2022'],
    ['/tmp/workspace.sqlite.bak', 'workspace.sqlite.bak'],
  ])('%s → %s', (path, expected) => expect(workspaceName(path)).toBe(expected));
});
