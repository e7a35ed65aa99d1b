// 落实矩阵: departments × measures with status colours, filters, totals, and the list of missing and late duties.
import { useMemo, useState } from 'react';
import type { Obligation, ObligationStatus } from '../../shared/types';
import type { MatrixFilter } from '../../shared/views';
import { displayFileName } from '../../shared/text/display-name';
import { useApp } from '../app-context';
import { unwrap } from '../api/client';
import { formatDate } from '../lib/dates';
import { ROLE_LABEL, ROLE_LABEL_SHORT, STATUS_LABEL, STATUS_ORDER } from '../lib/status';
import { useAsync } from '../lib/use-async';

type Tab = 'grid' | 'list';

function countBy(list: Obligation[]): Record<ObligationStatus, number> {
  const counts = { on_time: 0, late: 0, missing: 0, pending: 0 };
  for (const o of list) counts[o.status]++;
  return counts;
}

export function MatrixView() {
  const { client, asOf, dataVersion, navigate } = useApp();
  const [tab, setTab] = useState<Tab>('grid');
  const [department, setDepartment] = useState('');
  const [section, setSection] = useState('');
  const [statuses, setStatuses] = useState<ObligationStatus[]>([]);

  const filter: MatrixFilter = {
    ...(department ? { departments: [department] } : {}),
    ...(section ? { sections: [section] } : {}),
    ...(statuses.length ? { statuses } : {}),
  };
  const filterKey = JSON.stringify(filter);
  const policy = useAsync(() => unwrap(client.call('policy/get', {})), [dataVersion]);
  const all = useAsync(() => unwrap(client.call('compliance/matrix', { asOf })), [dataVersion, asOf]);
  const shown = useAsync(() => unwrap(client.call('compliance/matrix', { asOf, filter })), [dataVersion, asOf, filterKey]);

  const measures = useMemo(() => {
    const list = policy.data?.extract.measures ?? [];
    return section ? list.filter((m) => m.section === section) : list;
  }, [policy.data, section]);

  const obligations = shown.data?.obligations ?? [];
  const departments = useMemo(() => {
    const seen = new Map<string, number>();
    for (const o of obligations) seen.set(o.department, (seen.get(o.department) ?? 0) + 1);
    // Busiest departments first: they are the ones leaders ask about.
    return [...seen.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'zh-CN')).map(([d]) => d);
  }, [obligations]);
  const cell = useMemo(() => {
    const map = new Map<string, Obligation>();
    for (const o of obligations) map.set(`${o.measure}|${o.department}`, o);
    return map;
  }, [obligations]);

  const allDepartments = useMemo(
    () => [...new Set((all.data?.obligations ?? []).map((o) => o.department))].sort((a, b) => a.localeCompare(b, 'zh-CN')),
    [all.data],
  );

  if (policy.error || shown.error) return <div className="view"><p className="error">{policy.error ?? shown.error}</p></div>;
  if (!policy.data && !policy.loading) {
    return (
      <div className="view">
        <p className="empty">还没有政策文件，无法计算落实情况。</p>
        <button type="button" onClick={() => navigate('documents')}>去导入</button>
      </div>
    );
  }

  const totals = countBy(obligations);
  const toggleStatus = (s: ObligationStatus) =>
    setStatuses((list) => (list.includes(s) ? list.filter((x) => x !== s) : [...list, s]));
  const open = (o: Obligation) => navigate('compare', { measure: o.measure, department: o.department });

  return (
    <div className="view matrix-view">
      <div className="toolbar">
        <div className="tabs" role="tablist">
          <button type="button" role="tab" aria-selected={tab === 'grid'} className={tab === 'grid' ? 'on' : ''} onClick={() => setTab('grid')}>
            矩阵
          </button>
          <button type="button" role="tab" aria-selected={tab === 'list'} className={tab === 'list' ? 'on' : ''} onClick={() => setTab('list')} data-testid="tab-list">
            缺报/逾期清单
          </button>
        </div>
        <label className="filter">
          部门
          <select value={department} onChange={(e) => setDepartment(e.target.value)} data-testid="filter-department">
            <option value="">全部部门</option>
            {allDepartments.map((d) => (
              <option key={d} value={d}>{d}</option>
            ))}
          </select>
        </label>
        <label className="filter">
          章节
          <select value={section} onChange={(e) => setSection(e.target.value)} data-testid="filter-section">
            <option value="">全部章节</option>
            {(policy.data?.extract.sections ?? []).map((s) => (
              <option key={s.number} value={s.number}>{`${s.number}、${s.title}`}</option>
            ))}
          </select>
        </label>
        <div className="status-filter" role="group" aria-label="按状态筛选">
          {STATUS_ORDER.map((s) => (
            <button
              key={s}
              type="button"
              className={`status-toggle status-${s}${statuses.includes(s) ? ' on' : ''}`}
              aria-pressed={statuses.includes(s)}
              onClick={() => toggleStatus(s)}
              data-testid={`filter-status-${s}`}
            >
              {STATUS_LABEL[s]} <b>{(all.data ? countBy(all.data.obligations) : totals)[s]}</b>
            </button>
          ))}
        </div>
        <span className="as-of-note">截至 {formatDate(asOf)}</span>
      </div>

      {tab === 'grid' ? (
        <div className="matrix-scroll">
          {departments.length === 0 ? (
            <p className="empty">{shown.loading ? '正在计算…' : '没有符合条件的落实任务。'}</p>
          ) : (
            <table className="matrix" data-testid="matrix">
              <thead>
                <tr>
                  <th className="corner">部门 \ 措施</th>
                  {measures.map((m) => (
                    <th key={m.number} className="measure-col" title={`${m.number}. ${m.title}`}>
                      {m.number}
                    </th>
                  ))}
                  <th className="total-col" title="未报送">未报</th>
                  <th className="total-col" title="逾期">逾期</th>
                  <th className="total-col" title="按时">按时</th>
                  <th className="total-col" title="未到期">未到</th>
                </tr>
              </thead>
              <tbody>
                {departments.map((d) => {
                  const row = countBy(obligations.filter((o) => o.department === d));
                  return (
                    <tr key={d} data-testid={`row-${d}`}>
                      <th className="dept-cell" title={d}>{d}</th>
                      {measures.map((m) => {
                        const o = cell.get(`${m.number}|${d}`);
                        if (!o) return <td key={m.number} className="cell cell-none" data-testid={`cell-${m.number}-${d}`} data-status="none" />;
                        return (
                          <td
                            key={m.number}
                            className={`cell cell-${o.status}`}
                            data-testid={`cell-${m.number}-${d}`}
                            data-status={o.status}
                            title={cellTitle(o, m.title)}
                            onClick={() => open(o)}
                            tabIndex={0}
                            onKeyDown={(e) => e.key === 'Enter' && open(o)}
                          >
                            {ROLE_LABEL_SHORT[o.role]}
                          </td>
                        );
                      })}
                      <td className="total missing">{row.missing || ''}</td>
                      <td className="total late">{row.late || ''}</td>
                      <td className="total on_time">{row.on_time || ''}</td>
                      <td className="total pending">{row.pending || ''}</td>
                    </tr>
                  );
                })}
              </tbody>
              <tfoot>
                {(['missing', 'late', 'on_time'] as const).map((s) => (
                  <tr key={s}>
                    <th className="dept-cell foot">{STATUS_LABEL[s]}</th>
                    {measures.map((m) => {
                      const n = obligations.filter((o) => o.measure === m.number && o.status === s).length;
                      return (
                        <td key={m.number} className={`total ${s}`} data-testid={`total-${s}-${m.number}`}>
                          {n || ''}
                        </td>
                      );
                    })}
                    <td className="total" colSpan={4}>{s === 'missing' ? `合计 ${totals.missing}` : s === 'late' ? `合计 ${totals.late}` : `合计 ${totals.on_time}`}</td>
                  </tr>
                ))}
              </tfoot>
            </table>
          )}
          <Legend />
          <Notes notes={shown.data?.notes} />
        </div>
      ) : (
        <ObligationList obligations={obligations.filter((o) => o.status === 'missing' || o.status === 'late')} measures={policy.data?.extract.measures ?? []} onOpen={open} />
      )}
    </div>
  );
}

function cellTitle(o: Obligation, measureTitle: string): string {
  const parts = [`${o.department}`, `第${o.measure}条 ${measureTitle}`, ROLE_LABEL[o.role], `截止 ${o.due}${o.dueSource === 'report-deadline' ? '（默认报送截止日期）' : ''}`, STATUS_LABEL[o.status]];
  if (o.respondedOn) parts.push(`报送 ${o.respondedOn}`);
  if (o.periods?.length) parts.push(`分期 ${o.periods.filter((p) => p.status === 'on_time').length}/${o.periods.length} 期按时`);
  return parts.join(' · ');
}

function Legend() {
  return (
    <div className="legend">
      {STATUS_ORDER.map((s) => (
        <span key={s} className="legend-item">
          <span className={`swatch cell-${s}`} /> {STATUS_LABEL[s]}
        </span>
      ))}
      <span className="legend-item"><span className="swatch cell-none" /> 无此任务</span>
      <span className="legend-item muted">格内：牵＝牵头，配＝配合，共＝共同负责；点击格子查看对照</span>
    </div>
  );
}

function Notes({ notes }: { notes?: { offDuty: { file: string; department: string; measure: number }[]; unobliged: { file: string; department: string }[]; beforeIssue: { measure: number; text: string; date: string }[] } }) {
  if (!notes) return null;
  const { offDuty, unobliged, beforeIssue } = notes;
  if (!offDuty.length && !unobliged.length && !beforeIssue.length) return null;
  return (
    <div className="panel notes">
      <h3>需要留意</h3>
      <ul>
        {beforeIssue.map((b, i) => (
          <li key={`b${i}`}>第{b.measure}条的期限“{b.text}”（{formatDate(b.date)}）<span className="flag-red">早于印发日期</span></li>
        ))}
        {offDuty.map((o, i) => (
          <li key={`o${i}`}>{o.department}在《{displayFileName(o.file)}》中报告了第{o.measure}条，但该条未把它列为责任单位</li>
        ))}
        {unobliged.map((u, i) => (
          <li key={`u${i}`}>{u.department}报送了《{displayFileName(u.file)}》，但政策中没有它的任务（可在“部门”中合并名称）</li>
        ))}
      </ul>
    </div>
  );
}

function ObligationList({ obligations, measures, onOpen }: { obligations: Obligation[]; measures: { number: number; title: string }[]; onOpen: (o: Obligation) => void }) {
  const title = new Map(measures.map((m) => [m.number, m.title]));
  const sorted = [...obligations].sort((a, b) => a.department.localeCompare(b.department, 'zh-CN') || a.measure - b.measure);
  if (!sorted.length) return <p className="empty">没有未报送或逾期的任务。</p>;
  return (
    <div className="list-scroll">
      <table className="table" data-testid="overdue-list">
        <thead>
          <tr>
            <th style={{ width: 200 }}>部门</th>
            <th>措施</th>
            <th style={{ width: 60 }}>职责</th>
            <th style={{ width: 130 }}>截止日期</th>
            <th style={{ width: 80 }}>状态</th>
            <th style={{ width: 130 }}>报送日期</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((o) => (
            <tr key={`${o.measure}|${o.department}`} className="clickable" onClick={() => onOpen(o)} data-testid="overdue-row">
              <td>{o.department}</td>
              <td>第{o.measure}条 {title.get(o.measure)}</td>
              <td>{ROLE_LABEL[o.role]}</td>
              <td>
                {formatDate(o.due)}
                {o.dueSource === 'report-deadline' && <div className="sub">默认报送截止日期</div>}
              </td>
              <td><span className={`status-pill status-${o.status}`}>{STATUS_LABEL[o.status]}</span></td>
              <td>{formatDate(o.respondedOn)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
