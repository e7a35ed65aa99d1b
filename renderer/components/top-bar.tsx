// Workspace name, the two dates every figure depends on, and the exports.
import { useEffect, useState } from 'react';
import type { MenuCommand } from '../../shared/api/channels';
import type { ExportResult } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/result';
import { displayFileName } from '../../shared/text/display-name';
import { useApp } from '../app-context';
import { addDays, fileBaseName, todayIso } from '../lib/dates';
import { Modal } from './modal';
import { WorkspaceDialog } from './workspace-dialog';

export function TopBar({ menuCommand }: { menuCommand: { command: MenuCommand; at: number } | null }) {
  const { client, info, asOf, dataChanged, notify } = useApp();
  const [workspaceDialog, setWorkspaceDialog] = useState(false);
  const [noticeDialog, setNoticeDialog] = useState(false);
  const [exporting, setExporting] = useState(false);

  const saveSetting = async (patch: { asOf?: string | null; reportDeadline?: string | null }) => {
    const r = await client.call('settings/set', patch);
    if (r.ok) dataChanged();
    else notify('error', r.error.message);
  };

  const switchWorkspace = async (create: boolean) => {
    if (client.mode === 'browser') return setWorkspaceDialog(true);
    const r = await client.call(create ? 'workspace/create' : 'workspace/open', {});
    if (!r.ok) notify('error', r.error.message);
    else if (r.value) {
      dataChanged();
      notify('success', `已打开工作区：${displayFileName(fileBaseName(r.value.path))}`);
    }
  };

  const finishExport = async (r: ApiResult<ExportResult>, what: string) => {
    if (!r.ok) return notify('error', r.error.message);
    if (r.value.canceled) return;
    const saved = await client.saveExported(r.value.files);
    if (!saved.ok) return notify('error', saved.error.message);
    const names = r.value.files.map((f) => displayFileName(client.mode === 'browser' ? f.name : f.path)).join('、');
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

  const name = info ? displayFileName(fileBaseName(info.path).replace(/\.(sqlite|db)$/i, '')) : '…';

  return (
    <header className="top-bar">
      <div className="workspace" title={info?.path}>
        <div className="workspace-name" data-testid="workspace-name">
          {name}
        </div>
        <div className="workspace-policy">{info?.policyTitle ?? '尚未导入政策文件'}</div>
      </div>
      <button type="button" className="secondary small" onClick={() => switchWorkspace(false)}>
        切换工作区
      </button>
      <div className="spacer" />
      <label className="date-field" title="落实矩阵、清单和报告按这一天计算是否逾期">
        <span>统计截止日期</span>
        <input
          type="date"
          value={asOf}
          data-testid="as-of"
          onChange={(e) => e.target.value && saveSetting({ asOf: e.target.value })}
        />
        {info?.settings.asOf && (
          <button type="button" className="link small" onClick={() => saveSetting({ asOf: null })} title="改回按今天计算">
            今天
          </button>
        )}
      </label>
      <label className="date-field" title="没有写明期限的措施，按这一天作为报送截止日期">
        <span>默认报送截止日期</span>
        <input
          type="date"
          value={info?.settings.reportDeadline ?? info?.defaultReportDeadline ?? ''}
          data-testid="report-deadline"
          onChange={(e) => saveSetting({ reportDeadline: e.target.value || null })}
        />
        {info?.settings.reportDeadline && (
          <button type="button" className="link small" onClick={() => saveSetting({ reportDeadline: null })} title="改回政策年度的12月31日">
            默认
          </button>
        )}
      </label>
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

function NoticeDialog({ asOf, onClose, onExport }: { asOf: string; onClose: () => void; onExport: (replyBy: string, split: boolean) => Promise<void> }) {
  const [replyBy, setReplyBy] = useState(addDays(asOf > todayIso() ? asOf : todayIso(), 7));
  const [split, setSplit] = useState(false);
  return (
    <Modal title="导出催办通知" onClose={onClose}>
      <p className="hint">为截至 {asOf} 未报送或逾期的部门生成催办通知。</p>
      <label className="field">
        <span>请于此日期前回复</span>
        <input type="date" value={replyBy} onChange={(e) => setReplyBy(e.target.value)} data-testid="reply-by" />
      </label>
      <label className="check">
        <input type="checkbox" checked={split} onChange={(e) => setSplit(e.target.checked)} />
        每个部门单独生成一份
      </label>
      <div className="actions">
        <button
          type="button"
          disabled={!replyBy}
          data-testid="export-notices-go"
          onClick={async () => {
            await onExport(replyBy, split);
            onClose();
          }}
        >
          生成
        </button>
        <button type="button" className="secondary" onClick={onClose}>
          取消
        </button>
      </div>
    </Modal>
  );
}
