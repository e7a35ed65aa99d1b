// The Electron side of the host: native open/save dialogs and revealing exported files.
import type { BrowserWindow, Dialog, Shell } from 'electron';
import { join } from 'node:path';
import { FORMAT_GROUPS } from '../../shared/formats';
import type { HostServices } from '../api/host';
import type { PathGrants } from './path-grants';

export interface ElectronHostDeps {
  dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>;
  shell: Pick<Shell, 'showItemInFolder'>;
  window: () => BrowserWindow | null;
  /** Default folder for save dialogs (the user's documents). */
  documentsDir: string;
  /** Paths chosen in this session; dialog results are added here. */
  grants: PathGrants;
}

const WORKSPACE_FILTER = [{ name: 'Luoshi 工作区', extensions: ['sqlite', 'db'] }];

export function createElectronHost(deps: ElectronHostDeps): HostServices {
  const parent = () => deps.window() ?? undefined;
  const open = (options: Electron.OpenDialogOptions) => {
    const win = parent();
    return win ? deps.dialog.showOpenDialog(win, options) : deps.dialog.showOpenDialog(options);
  };
  const save = (options: Electron.SaveDialogOptions) => {
    const win = parent();
    return win ? deps.dialog.showSaveDialog(win, options) : deps.dialog.showSaveDialog(options);
  };

  return {
    mode: 'electron',
    async pickWorkspace(kind) {
      if (kind === 'create') {
        const r = await save({
          title: '新建工作区',
          defaultPath: join(deps.documentsDir, '督查工作区.sqlite'),
          filters: WORKSPACE_FILTER,
        });
        if (r.canceled || !r.filePath) return null;
        deps.grants.grant([r.filePath]);
        return r.filePath;
      }
      const r = await open({ title: '打开工作区', properties: ['openFile'], filters: WORKSPACE_FILTER });
      if (r.canceled || r.filePaths.length === 0) return null;
      deps.grants.grant([r.filePaths[0]]);
      return r.filePaths[0];
    },
    async pickImportFiles() {
      const r = await open({
        title: '导入文件',
        properties: ['openFile', 'multiSelections'],
        filters: [
          ...FORMAT_GROUPS,
          { name: '所有文件', extensions: ['*'] },
        ],
      });
      if (r.canceled) return null;
      deps.grants.grant(r.filePaths);
      return r.filePaths;
    },
    allowsPath(path) {
      return deps.grants.allows(path);
    },
    async exportTarget(kind, suggestedName) {
      if (kind === 'notices-split') {
        const picked = await open({ title: '选择保存催办通知的文件夹', properties: ['openDirectory', 'createDirectory'] });
        return picked.canceled || picked.filePaths.length === 0 ? null : join(picked.filePaths[0], suggestedName);
      }
      const r = await save({
        title: '导出',
        defaultPath: join(deps.documentsDir, suggestedName),
        filters: [kind === 'xlsx' ? { name: 'Excel 工作簿', extensions: ['xlsx'] } : { name: 'Word 文档', extensions: ['docx'] }],
      });
      return r.canceled || !r.filePath ? null : r.filePath;
    },
    exported(paths) {
      if (paths[0]) deps.shell.showItemInFolder(paths[0]);
      return paths.map((path) => ({ name: path.split(/[\\/]/).pop() ?? path, path }));
    },
  };
}
