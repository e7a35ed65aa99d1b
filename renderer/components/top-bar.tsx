// Workspace name, the two dates every figure depends on, and the exports.
import { useEffect, useState } from 'react';
import type { MenuCommand } from '../../shared/api/channels';
import type { ExportResult } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/result';
import { useApp } from '../app-context';
import { fileBaseName } from '../lib/dates';
import { DateField } from './date-field';
import { NoticeDialog } from './notice-dialog';
import { WorkspaceDialog } from './workspace-dialog';

export function TopBar({ menuCommand }: { menuCommand: { command: MenuCommand; at: number } | null }) {
  const { client, info, asOf, dataChanged, notify } = useApp();
  const [workspaceDialog, setWorkspaceDialog] = useState(false);
  const [noticeDialog, setNoticeDialog] = useState(false);
  const [exporting, setExporting] = useState(false);

  /** Resolves to the reason it was refused, shown beside the date box, or null. */
  const saveSetting = async (patch: { asOf?: string | null; reportDeadline?: string | null }): Promise<string | null> => {
    const r = await client.call('settings/set', patch);
    if (!r.ok) return r.error.message;
    dataChanged();
    return null;
  };

  const switchWorkspace = async (create: boolean) => {
    if (client.mode === 'browser') return setWorkspaceDialog(true);
    const r = await client.call(create ? 'workspace/create' : 'workspace/open', {});
    if (!r.ok) notify('error', r.error.message);
    else if (r.value) {
      dataChanged();
      notify('success', `已打开工作区：${fileBaseName(r.value.path)}`);
    }
  };

  const finishExport = async (r: ApiResult<ExportResult>, what: string) => {
    if (!r.ok) return notify('error', r.error.message);
    if (r.value.canceled) return;
    const saved = await client.saveExported(r.value.files);
    if (!saved.ok) return notify('error', saved.error.message);
    const names = r.value.files.map((f) => (client.mode === 'browser' ? f.name : f.path)).join('、');
    notify('success', `${what}已导出：${names}`);
  };

  const exportReport = async () => {
    setExporting(true);
    try {
      await finishExport(await client.call('export/report', { asOf }), '督查报告');
    } finally {
      setExporting(false);
    }
  };

  useEffect(() => {
    if (!menuCommand) return;
    if (menuCommand.command === 'open-workspace') void switchWorkspace(false);
    if (menuCommand.command === 'create-workspace') void switchWorkspace(true);
    if (menuCommand.command === 'export-report') void exportReport();
  }, [menuCommand]);

  const name = info ? fileBaseName(info.path).replace(/\.(sqlite|db)$/i, '') : '…';

  return (
    <header className="top-bar">
      <div className="workspace" title={info?.path}>
        <div className="workspace-name" data-testid="workspace-name">
          {name}
        </div>
        <div className="workspace-policy">{info ? (info.policyTitle ?? '尚未导入政策文件') : ''}</div>
      </div>
      <button type="button" className="secondary small" onClick={() => switchWorkspace(false)}>
        切换工作区
      </button>
      <div className="spacer" />
      <div className="date-fields" data-testid="date-fields" data-as-of={asOf}>
        <span className="date-field">
          <DateField
            label="统计截止日期"
            title="落实矩阵、清单和报告按这一天计算是否逾期"
            value={asOf}
            testId="as-of"
            onCommit={(date) => saveSetting({ asOf: date })}
          />
          {info?.settings.asOf && (
            <button type="button" className="link small" onClick={() => saveSetting({ asOf: null })} title="改回按今天计算">
              今天
            </button>
          )}
        </span>
        <span className="date-field">
          <DateField
            label="默认报送截止日期"
            title="没有写明期限的措施，按这一天作为报送截止日期"
            value={info?.settings.reportDeadline ?? info?.defaultReportDeadline ?? ''}
            testId="report-deadline"
            onCommit={(date) => saveSetting({ reportDeadline: date })}
          />
          {info?.settings.reportDeadline && (
            <button type="button" className="link small" onClick={() => saveSetting({ reportDeadline: null })} title="改回政策年度的12月31日">
              默认
            </button>
          )}
        </span>
      </div>
      <div className="export-buttons">
        <button type="button" disabled={exporting || !info?.hasPolicy} onClick={exportReport} data-testid="export-report">
          导出督查报告
        </button>
        <button type="button" disabled={exporting || !info?.hasPolicy} onClick={() => setNoticeDialog(true)} data-testid="export-notices">
          导出催办通知
        </button>
      </div>
      {workspaceDialog && info && (
        <WorkspaceDialog
          current={info.path}
          onClose={() => setWorkspaceDialog(false)}
          onSubmit={async (path, create) => {
            const r = await client.call(create ? 'workspace/create' : 'workspace/open', { path });
            if (!r.ok) return r.error.message;
            dataChanged();
            notify('success', `已打开工作区：${fileBaseName(path)}`);
            return null;
          }}
        />
      )}
      {noticeDialog && (
        <NoticeDialog
          asOf={asOf}
          onClose={() => setNoticeDialog(false)}
          onExport={async (replyBy, split) => {
            setExporting(true);
            try {
              await finishExport(await client.call('export/notices', { asOf, options: { replyBy, split } }), '催办通知');
            } finally {
              setExporting(false);
            }
          }}
        />
      )}
    </header>
  );
}
