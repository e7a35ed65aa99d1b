// Workspace name, the two dates every figure depends on, and the exports.
import { useEffect, useState } from 'react';
import type { MenuCommand } from '../../shared/api/channels';
import type { ExportResult } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/result';
import { displayFileName } from '../../shared/text/display-name';
import { workspaceName } from '../../shared/workspace-name';
import { useApp } from '../app-context';
import { unwrap } from '../api/client';
import { useAsync } from '../lib/use-async';
import { fileBaseName } from '../lib/dates';
import { DateField } from './date-field';
import { NoticeDialog } from './notice-dialog';
import { WorkspaceDialog } from './workspace-dialog';

export function TopBar({ menuCommand }: { menuCommand: { command: MenuCommand; at: number } | null }) {
  const { client, info, asOf, dataChanged, notify, policies, policyChoice, choosePolicy, policyId, dataVersion } = useApp();
  const [workspaceDialog, setWorkspaceDialog] = useState(false);
  const [noticeDialog, setNoticeDialog] = useState(false);
  const [exporting, setExporting] = useState(false);

  /** Resolves to the reason it was refused, shown beside the date box, or null. */
  const saveSetting = async (patch: { asOf?: string | null; reportDeadline?: string | null }): Promise<string | null> => {
    // The reporting deadline is the chosen policy's; the as-of date is the workspace's.
    const r = await client.call('settings/set', { ...patch, ...('reportDeadline' in patch && policyId !== undefined ? { policy: policyId } : {}) });
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

  const exportWith = async (call: () => Promise<ApiResult<ExportResult>>, what: string) => {
    setExporting(true);
    try {
      await finishExport(await call(), what);
    } finally {
      setExporting(false);
    }
  };
  // One policy chosen: its report; 全部: the 督查通报 across every policy.
  const exportReport = () =>
    exportWith(() => client.call('export/report', { asOf, ...(policies.length > 1 ? { policy: policyChoice } : {}) }), policyChoice === 'all' && policies.length > 1 ? '督查通报' : '督查报告');
  const exportWorkbook = () => {
    if (policies.length > 1 && policyId === undefined) return notify('info', 'Excel 工作簿按一项政策导出：先在左上角的政策筛选中选一项政策');
    return exportWith(() => client.call('export/xlsx', { asOf, ...(policyId !== undefined ? { policy: policyId } : {}) }), 'Excel 工作簿');
  };

  // With several policies the deadline shown is the chosen policy's own (its setting, else its year's end).
  const several = policies.length > 1;
  // The reminder notices follow the same choice: one policy's alone, or every policy's.
  const chosen = several && policyId !== undefined ? policies.find((p) => p.id === policyId) : undefined;
  const noticePolicy = chosen ? { id: chosen.id, title: chosen.title } : undefined;
  const deadline = useAsync(async () => {
    if (!several || policyId === undefined) return null;
    const [settings, matrix] = await Promise.all([
      unwrap(client.call('settings/get', { policy: policyId })),
      unwrap(client.call('compliance/matrix', { asOf, policy: policyId })),
    ]);
    return { set: settings.reportDeadline, shown: settings.reportDeadline ?? matrix.reportDeadline };
  }, [several, policyId, dataVersion, asOf]);
  const deadlineSet = several ? (deadline.data?.set ?? null) : (info?.settings.reportDeadline ?? null);
  const deadlineShown = several ? (deadline.data?.shown ?? '') : (info?.settings.reportDeadline ?? info?.defaultReportDeadline ?? '');

  useEffect(() => {
    if (!menuCommand) return;
    if (menuCommand.command === 'open-workspace') void switchWorkspace(false);
    if (menuCommand.command === 'create-workspace') void switchWorkspace(true);
    if (menuCommand.command === 'export-report') void exportReport();
    if (menuCommand.command === 'export-xlsx') void exportWorkbook();
    // The print stylesheet lays the current view out on A4 landscape.
    if (menuCommand.command === 'print') window.print();
  }, [menuCommand]);

  const name = info ? displayFileName(workspaceName(info.path)) : '…';

  return (
    <header className="top-bar">
      <div className="workspace" title={info ? `工作区文件：${displayFileName(info.path)}` : undefined}>
        <div className="workspace-name" data-testid="workspace-name">
          {name}
        </div>
        {several ? (
          <label className="policy-filter">
            <span className="visually-hidden">政策</span>
            <select
              value={String(policyChoice)}
              onChange={(e) => choosePolicy(e.target.value === 'all' ? 'all' : Number(e.target.value))}
              data-testid="policy-filter"
              aria-label="政策筛选：矩阵、清单、检索等按所选政策显示"
              title={policies.find((p) => p.id === policyChoice)?.title ?? `全部 ${policies.length} 项政策`}
            >
              <option value="all">全部政策（{policies.length} 项）</option>
              {policies.map((p) => (
                <option key={p.id} value={p.id} title={p.title}>
                  {p.label}
                </option>
              ))}
            </select>
          </label>
        ) : (
          <div className="workspace-policy" title={policies[0]?.title}>{info ? (info.policyTitle ?? '尚未导入政策文件') : ''}</div>
        )}
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
        {several && policyId === undefined ? (
          <span className="date-field muted small" data-testid="report-deadline-all" title="默认报送截止日期是每项政策自己的：先选一项政策再修改">
            默认报送截止日期：按各政策
          </span>
        ) : (
        <span className="date-field">
          <DateField
            label="默认报送截止日期"
            title="没有写明期限的措施，按这一天作为报送截止日期"
            value={deadlineShown}
            testId="report-deadline"
            onCommit={(date) => saveSetting({ reportDeadline: date })}
          />
          {deadlineSet && (
            <button type="button" className="link small" onClick={() => saveSetting({ reportDeadline: null })} title="改回政策年度的12月31日">
              默认
            </button>
          )}
        </span>
        )}
      </div>
      <div className="export-buttons">
        <button type="button" disabled={exporting || !info?.hasPolicy} onClick={exportReport} data-testid="export-report">
          {several && policyChoice === 'all' ? '导出督查通报' : '导出督查报告'}
        </button>
        <button
          type="button"
          disabled={exporting || !info?.hasPolicy || (several && policyId === undefined)}
          onClick={exportWorkbook}
          data-testid="export-xlsx"
          title={
            several && policyId === undefined
              ? 'Excel 工作簿按一项政策导出：先在左上角的政策筛选中选一项政策'
              : '落实矩阵、缺报逾期清单（含逾期天数）和政策台账，一个 Excel 文件'
          }
        >
          导出 Excel
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
            notify('success', `已打开工作区：${displayFileName(fileBaseName(path))}`);
            return null;
          }}
        />
      )}
      {noticeDialog && (
        <NoticeDialog
          asOf={asOf}
          policy={noticePolicy}
          onClose={() => setNoticeDialog(false)}
          onExport={async ({ replyBy, split, departments }) => {
            await exportWith(() => client.call('export/notices', { asOf, options: { replyBy, split, departments, ...(noticePolicy ? { policy: noticePolicy.id } : {}) } }), '催办通知');
            // The notices sent are recorded: the next round's dialog shows them.
            dataChanged();
          }}
        />
      )}
    </header>
  );
}
