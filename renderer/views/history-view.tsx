// 历史: every change to the workspace, filtered by measure, department, kind and date; undo from here;
// the report can be exported with this journal as its appendix.
import { useEffect, useState } from 'react';
import type { JournalFilter, JournalKind } from '../../shared/views';
import { useApp } from '../app-context';
import { HistoryList, KIND_LABEL } from '../components/history-list';
import { DateField } from '../components/date-field';

export function HistoryView() {
  const { client, asOf, notify, policies, policyId } = useApp();
  // Starts from the top bar's policy; 全部 shows every entry.
  const fromTopBar = policyId !== undefined && policies.length > 1 ? String(policyId) : '';
  const [policy, setPolicy] = useState<string>(fromTopBar);
  useEffect(() => setPolicy(fromTopBar), [fromTopBar]);
  const [measure, setMeasure] = useState('');
  const [department, setDepartment] = useState('');
  const [kind, setKind] = useState<JournalKind | ''>('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');

  const filter: JournalFilter = {
    ...(policy ? { policy: Number(policy) } : {}),
    ...(Number(measure) > 0 ? { measure: Number(measure) } : {}),
    ...(department.trim() ? { department: department.trim() } : {}),
    ...(kind ? { kinds: [kind] } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
  };

  const exportWithJournal = async () => {
    const r = await client.call('export/report', { asOf, options: { journal: true }, ...(policies.length > 1 ? { policy: policy ? Number(policy) : 'all' } : {}) });
    if (!r.ok) return notify('error', r.error.message);
    if (r.value.canceled) return;
    const saved = await client.saveExported(r.value.files);
    if (!saved.ok) return notify('error', saved.error.message);
    notify('success', `督查报告（附操作记录）已导出：${r.value.files.map((f) => (client.mode === 'browser' ? f.name : f.path)).join('、')}`);
  };

  return (
    <div className="view history-view">
      <section className="panel">
        <div className="history-head">
          <h2>操作记录</h2>
          <span className="hint">每一次导入、更正、决定和设置修改都记在这里；Ctrl+Z 撤销最近一次修改。</span>
          <div className="spacer" />
          <button type="button" className="secondary small" onClick={exportWithJournal} data-testid="export-with-journal">
            导出督查报告（附操作记录）
          </button>
        </div>
        <div className="filters" data-testid="history-filters">
          {policies.length > 1 && (
            <label className="field small">
              <span>政策</span>
              <select value={policy} onChange={(e) => setPolicy(e.target.value)} data-testid="history-policy">
                <option value="">全部政策</option>
                {policies.map((p) => (
                  <option key={p.id} value={p.id} title={p.title}>{p.label}</option>
                ))}
              </select>
            </label>
          )}
          <label className="field small">
            <span>措施</span>
            <input type="number" min={1} value={measure} onChange={(e) => setMeasure(e.target.value)} placeholder="编号" data-testid="history-measure" />
          </label>
          <label className="field small">
            <span>部门</span>
            <input value={department} onChange={(e) => setDepartment(e.target.value)} placeholder="部门名称" data-testid="history-department" />
          </label>
          <label className="field small">
            <span>类别</span>
            <select value={kind} onChange={(e) => setKind(e.target.value as JournalKind | '')} data-testid="history-kind">
              <option value="">全部</option>
              {(Object.keys(KIND_LABEL) as JournalKind[]).map((k) => (
                <option key={k} value={k}>{KIND_LABEL[k]}</option>
              ))}
            </select>
          </label>
          <DateField className="field small" label="自" value={from} optional testId="history-from" onCommit={setFrom} />
          <DateField className="field small" label="至" value={to} optional testId="history-to" onCommit={setTo} />
        </div>
        <HistoryList filter={filter} />
      </section>
    </div>
  );
}
