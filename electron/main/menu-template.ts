// The File menu; each item asks the renderer to do what the matching button does, so both paths share one flow.
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/api/channels';

export function buildMenuTemplate(send: (command: MenuCommand) => void, isMac: boolean): MenuItemConstructorOptions[] {
  const file: MenuItemConstructorOptions = {
    label: '文件',
    submenu: [
      { label: '打开工作区…', accelerator: 'CmdOrCtrl+O', click: () => send('open-workspace') },
      { label: '新建工作区…', accelerator: 'CmdOrCtrl+N', click: () => send('create-workspace') },
      { type: 'separator' },
      { label: '导入文件…', accelerator: 'CmdOrCtrl+I', click: () => send('import-files') },
      { label: '导出报告…', accelerator: 'CmdOrCtrl+E', click: () => send('export-report') },
      { label: '导出 Excel…', click: () => send('export-xlsx') },
      { label: '打印…', accelerator: 'CmdOrCtrl+P', click: () => send('print') },
      { type: 'separator' },
      { label: '退出', role: 'quit' },
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: '编辑',
    submenu: [
      { label: '撤销', role: 'undo' },
      { label: '重做', role: 'redo' },
      { type: 'separator' },
      { label: '剪切', role: 'cut' },
      { label: '复制', role: 'copy' },
      { label: '粘贴', role: 'paste' },
      { label: '全选', role: 'selectAll' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: '视图',
    submenu: [
      { label: '放大', role: 'zoomIn' },
      { label: '缩小', role: 'zoomOut' },
      { label: '实际大小', role: 'resetZoom' },
      { type: 'separator' },
      { label: '全屏', role: 'togglefullscreen' },
    ],
  };
  return isMac ? [{ label: 'Luoshi', submenu: [{ label: '退出', role: 'quit' }] }, file, edit, view] : [file, edit, view];
}
