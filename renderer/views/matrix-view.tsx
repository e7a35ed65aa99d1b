// 落实矩阵: departments × measures with status colours and symbols, filters, totals, sorting, arrow-key
// navigation, and the list of missing and late duties.
import { useMemo, useState } from 'react';
import { measureCitation, measureCiter } from '../../shared/extract/measure-citation';
import { DepartmentLink } from '../components/department-link';
import type { ComplianceResult, IsoDate, Measure, Obligation, ObligationStatus } from '../../shared/types';
import type { PolicyRef } from '../../shared/portfolio/types';
import type { MatrixFilter } from '../../shared/views';
import { reportName } from '../lib/report-name';
import { useApp } from '../app-context';
import { unwrap } from '../api/client';
import { CellDetail } from '../components/cell-detail';
import { ObligationList } from '../components/obligation-list';
import { SortHeader } from '../components/sort-header';
import { formatDate, formatRespondedOn, hasResponseToShow } from '../lib/dates';
import { DEFAULT_SOON_DAYS, daysOverdue, shownStatus, type ShownStatus } from '../lib/overdue';
import { sortRows, toggleSort, type SortState } from '../lib/sort';
import { DECISION_MARK, ROLE_LABEL, ROLE_LABEL_SHORT, SHOWN_LABEL, SHOWN_ORDER, STATUS_LABEL, STATUS_SYMBOL, URGENCY } from '../lib/status';
import { useAsync } from '../lib/use-async';
import { useGridKeys } from '../lib/use-grid-keys';

type Tab = 'grid' | 'list';
/** busy: most duties first; name; m<N>: by the status in measure N's column; t<status>: by a row total. */
type MatrixSort = 'busy' | 'name' | `m${number}` | `t${ObligationStatus}`;

function countBy(list: Obligation[], asOf: IsoDate, soonDays: number): Record<ShownStatus, number> {
  const counts = { on_time: 0, late: 0, missing: 0, pending: 0, soon: 0 };
  for (const o of list) counts[shownStatus(o, asOf, soonDays)]++;
  return counts;
}

/** One matrix: a policy's measures and the obligations shown for it. */
interface MatrixPart {
  policy: PolicyRef | null;
  measures: Measure[];
  sections: { number: string; title: string }[];
  all: Obligation[];
  shown: Obligation[];
  notes?: ComplianceResult['notes'];
}

export function MatrixView() {
  const { client, asOf, dataVersion, navigate, policyChoice, policyId, policies: refs } = useApp();
  const [tab, setTab] = useState<Tab>('grid');
  const [department, setDepartment] = useState('');
  const [section, setSection] = useState('');
  const [statuses, setStatuses] = useState<ShownStatus[]>([]);
  const [soonDays, setSoonDays] = useState(DEFAULT_SOON_DAYS);
  const [sort, setSort] = useState<SortState<MatrixSort>>({ key: 'busy', dir: 'desc' });
  const across = policyChoice === 'all' && refs.length > 1;

  // Statuses are filtered here, since 即将到期 depends on the chosen number of days. Sections are a policy's own.
  const filter: MatrixFilter = {
    ...(department ? { departments: [department] } : {}),
    ...(section && !across ? { sections: [section] } : {}),
  };
  const filterKey = JSON.stringify(filter);
  const scope = policyId !== undefined ? { policy: policyId } : {};
  const policy = useAsync(() => (across ? Promise.resolve(null) : unwrap(client.call('policy/get', scope))), [dataVersion, across, policyId]);
  const all = useAsync(() => (across ? Promise.resolve(null) : unwrap(client.call('compliance/matrix', { asOf, ...scope }))), [dataVersion, asOf, across, policyId]);
  const shown = useAsync(
    () => (across ? Promise.resolve(null) : unwrap(client.call('compliance/matrix', { asOf, filter, ...scope }))),
    [dataVersion, asOf, filterKey, across, policyId],
  );
  // 全部: every policy's ledger and obligations, one matrix each.
  const portfolio = useAsync(async () => {
    if (!across) return null;
    const [everything, filtered, ledgers] = await Promise.all([
      unwrap(client.call('compliance/portfolio', { asOf })),
      unwrap(client.call('compliance/portfolio', { asOf, filter })),
      Promise.all(refs.map((r) => unwrap(client.call('policy/get', { policy: r.id })))),
    ]);
    return refs.map((ref, i): MatrixPart => ({
      policy: ref,
      measures: ledgers[i]?.extract.measures ?? [],
      sections: ledgers[i]?.extract.sections ?? [],
      all: everything.find((p) => p.policy.id === ref.id)?.result.obligations ?? [],
      shown: filtered.find((p) => p.policy.id === ref.id)?.result.obligations ?? [],
      notes: filtered.find((p) => p.policy.id === ref.id)?.result.notes,
    }));
  }, [dataVersion, asOf, filterKey, across, refs]);

  const keep = (o: Obligation) => statuses.length === 0 || statuses.includes(shownStatus(o, asOf, soonDays));
  const parts = useMemo((): MatrixPart[] => {
    if (across) return (portfolio.data ?? []).map((p) => ({ ...p, shown: p.shown.filter(keep) }));
    if (!policy.data) return [];
    const measures = section ? policy.data.extract.measures.filter((m) => m.section === section) : policy.data.extract.measures;
    const ref = refs.find((r) => r.id === policy.data!.documentId) ?? null;
    return [{ policy: ref, measures, sections: policy.data.extract.sections, all: all.data?.obligations ?? [], shown: (shown.data?.obligations ?? []).filter(keep), notes: shown.data?.notes }];
    // keep depends on statuses, asOf and soonDays, listed here.
  }, [across, portfolio.data, policy.data, all.data, shown.data, section, statuses, asOf, soonDays, refs]);

  const everyObligation = useMemo(() => parts.flatMap((p) => p.all), [parts]);
  const obligations = useMemo(() => parts.flatMap((p) => p.shown), [parts]);
  const allDepartments = useMemo(
    () => [...new Set(everyObligation.map((o) => o.department))].sort((a, b) => a.localeCompare(b, 'zh-CN')),
    [everyObligation],
  );
  const loaded = across ? Boolean(portfolio.data) : Boolean(all.data);
  const loading = across ? portfolio.loading : shown.loading;

  const error = across ? portfolio.error : (policy.error ?? shown.error);
  if (error) return <div className="view"><p className="error">{error}</p></div>;
  if (!across && !policy.data && !policy.loading) {
    return (
      <div className="view">
        <p className="empty">还没有政策文件，无法计算落实情况。</p>
        <button type="button" onClick={() => navigate('documents')}>去导入</button>
      </div>
    );
  }

  const allCounts = countBy(everyObligation, asOf, soonDays);
  const toggleStatus = (s: ShownStatus) =>
    setStatuses((list) => (list.includes(s) ? list.filter((x) => x !== s) : [...list, s]));
  const open = (o: Obligation) => navigate('compare', { measure: o.measure, department: o.department, ...(o.policy !== undefined ? { policy: o.policy } : {}) });
  const onSort = (key: MatrixSort) => setSort((s) => toggleSort(s, key, key === 'name' ? 'asc' : key === 'busy' ? 'desc' : key.startsWith('t') ? 'desc' : 'asc'));
  const listed = statuses.length ? obligations : obligations.filter((o) => o.status === 'missing' || o.status === 'late');
  const titles = new Map(parts.flatMap((p) => p.measures.map((m) => [`${p.policy?.id ?? ''}|${m.number}`, m.title] as const)));
  const citers = new Map(parts.map((p) => [p.policy?.id ?? '', measureCiter(p.measures)] as const));
  const partOf = (o: Obligation) => (across ? (o.policy ?? '') : (parts[0]?.policy?.id ?? ''));
  const labels = new Map(refs.map((r) => [r.id, r] as const));

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
        {!across && (
          <label className="filter">
            章节
            <select value={section} onChange={(e) => setSection(e.target.value)} data-testid="filter-section">
              <option value="">全部章节</option>
              {(policy.data?.extract.sections ?? []).map((s) => (
                <option key={s.number} value={s.number}>{`${s.number}、${s.title}`}</option>
              ))}
            </select>
          </label>
        )}
        <div className="status-filter" role="group" aria-label="按状态筛选">
          {SHOWN_ORDER.map((s) => (
            <button
              key={s}
              type="button"
              className={`status-toggle status-${s}${statuses.includes(s) ? ' on' : ''}`}
              aria-pressed={statuses.includes(s)}
              onClick={() => toggleStatus(s)}
              data-testid={`filter-status-${s}`}
            >
              <span className="status-symbol" aria-hidden="true">{STATUS_SYMBOL[s]}</span> {SHOWN_LABEL[s]} <b>{loaded ? allCounts[s] : '…'}</b>
            </button>
          ))}
          <label className="soon-days" title="“即将到期”指还没有报送、在这么多天内到期的任务">
            <input
              type="number"
              min={1}
              max={365}
              value={soonDays}
              onChange={(e) => {
                const n = Math.round(Number(e.target.value));
                if (n >= 1 && n <= 365) setSoonDays(n);
              }}
              data-testid="soon-days"
              aria-label="即将到期的天数"
            />
            天内到期
          </label>
        </div>
        <span className="as-of-note">截至 {formatDate(asOf)}</span>
      </div>

      {tab === 'grid' ? (
        <div className="matrix-scroll">
          {obligations.length === 0 ? (
            <p className="empty">{loading ? '正在计算…' : '没有符合条件的落实任务。'}</p>
          ) : across ? (
            parts.map((p) => (
              <section key={p.policy!.id} className="matrix-section" data-testid={`matrix-section-${p.policy!.id}`} data-policy={p.policy!.id} aria-label={`${p.policy!.label} 落实矩阵`}>
                <SectionHead part={p} asOf={asOf} soonDays={soonDays} />
                {p.shown.length === 0 ? (
                  <p className="empty">没有符合条件的落实任务。</p>
                ) : (
                  <MatrixGrid measures={p.measures} obligations={p.shown} asOf={asOf} soonDays={soonDays} sort={sort} onSort={onSort} onOpen={open} />
                )}
                <Notes notes={p.notes} cite={measureCiter(p.measures)} />
              </section>
            ))
          ) : (
            <MatrixGrid measures={parts[0]?.measures ?? []} obligations={obligations} asOf={asOf} soonDays={soonDays} sort={sort} onSort={onSort} onOpen={open} />
          )}
          <Legend soonDays={soonDays} />
          {!across && <Notes notes={parts[0]?.notes} cite={measureCiter(policy.data?.extract.measures ?? [])} />}
        </div>
      ) : (
        <ObligationList
          obligations={listed}
          titleOf={(o) => titles.get(`${partOf(o)}|${o.measure}`)}
          citeOf={(o) => (citers.get(partOf(o)) ?? measureCiter([]))(o.measure)}
          policyOf={across ? (o) => (o.policy !== undefined ? labels.get(o.policy) : undefined) : undefined}
          asOf={asOf}
          soonDays={soonDays}
          onOpen={open}
          empty={statuses.length ? '没有符合条件的任务。' : '没有未报送或逾期的任务。'}
        />
      )}
    </div>
  );
}

/** A policy's heading in the 全部 matrix: its label, title and counts by status. */
function SectionHead({ part, asOf, soonDays }: { part: MatrixPart; asOf: IsoDate; soonDays: number }) {
  const counts = countBy(part.shown, asOf, soonDays);
  return (
    <header className="matrix-section-head">
      <h2 title={part.policy!.title}>
        <span className="policy-label">{part.policy!.label}</span>
        {part.policy!.label !== part.policy!.title && <span className="policy-title">{part.policy!.title}</span>}
      </h2>
      <span className="section-counts" data-testid="section-counts">
        {part.shown.length} 项任务
        {SHOWN_ORDER.map((s) => (
          <span key={s} className={`count-chip status-${s}`} data-testid={`section-count-${s}`} data-count={counts[s]}>
            <span aria-hidden="true">{STATUS_SYMBOL[s]}</span> {SHOWN_LABEL[s]} {counts[s]}
          </span>
        ))}
      </span>
    </header>
  );
}

/** One matrix table with its focus line: departments × measures, arrow keys move within it. */
function MatrixGrid({
  measures,
  obligations,
  asOf,
  soonDays,
  sort,
  onSort,
  onOpen: open,
}: {
  measures: Measure[];
  obligations: Obligation[];
  asOf: IsoDate;
  soonDays: number;
  sort: SortState<MatrixSort>;
  onSort: (key: MatrixSort) => void;
  onOpen: (o: Obligation) => void;
}) {
  const [hovered, setHovered] = useState<{ measure: number; department: string } | null>(null);
  const departments = useMemo(() => {
    const seen = new Map<string, Obligation[]>();
    for (const o of obligations) seen.set(o.department, [...(seen.get(o.department) ?? []), o]);
    // Busiest departments first by default: they are the ones leaders ask about.
    const byBusy = [...seen.keys()].sort((a, b) => seen.get(b)!.length - seen.get(a)!.length || a.localeCompare(b, 'zh-CN'));
    const key = sort.key;
    if (key === 'busy') return sort.dir === 'desc' ? byBusy : [...byBusy].reverse();
    if (key === 'name') return sortRows(byBusy, (d) => d, sort.dir);
    if (key.startsWith('t')) {
      const status = key.slice(1) as ObligationStatus;
      return sortRows(byBusy, (d) => seen.get(d)!.filter((o) => o.status === status).length, sort.dir);
    }
    const measure = Number(key.slice(1));
    return sortRows(byBusy, (d) => {
      const o = seen.get(d)!.find((x) => x.measure === measure);
      return URGENCY[o ? shownStatus(o, asOf, soonDays) : 'none'];
    }, sort.dir);
  }, [obligations, sort, asOf, soonDays]);
  const grid = useGridKeys(departments.length, measures.length);
  const cell = useMemo(() => {
    const map = new Map<string, Obligation>();
    for (const o of obligations) map.set(`${o.measure}|${o.department}`, o);
    return map;
  }, [obligations]);
  const totals = countBy(obligations, asOf, soonDays);

  if (departments.length === 0) return <p className="empty">没有符合条件的落实任务。</p>;
  return (
    <>
      <CellDetail
        target={hovered ?? (grid.active.row < departments.length && grid.active.col < measures.length ? { measure: measures[grid.active.col].number, department: departments[grid.active.row] } : null)}
        measures={measures}
        cell={cell}
        asOf={asOf}
        soonDays={soonDays}
      />
      <table className="matrix" data-testid="matrix" onKeyDown={grid.onKeyDown} aria-label="落实矩阵：方向键在格子间移动，回车打开对照">
        <thead>
          <tr>
            <SortHeader column="name" sort={sort} onSort={onSort} className="corner" label="部门名称">
              部门 \ 措施
            </SortHeader>
            {measures.map((m) => (
              <SortHeader key={m.number} column={`m${m.number}` as MatrixSort} sort={sort} onSort={onSort} className="measure-col" label={`${measureCitation(m)} ${m.title}`}>
                {m.number}
              </SortHeader>
            ))}
            <SortHeader column="tmissing" sort={sort} onSort={onSort} className="total-col" label="未报送数">未报</SortHeader>
            <SortHeader column="tlate" sort={sort} onSort={onSort} className="total-col" label="逾期数">逾期</SortHeader>
            <SortHeader column="ton_time" sort={sort} onSort={onSort} className="total-col" label="按时数">按时</SortHeader>
            <SortHeader column="tpending" sort={sort} onSort={onSort} className="total-col" label="未到期数">未到</SortHeader>
          </tr>
        </thead>
        <tbody>
          {departments.map((d, row) => {
            const counts = countBy(obligations.filter((o) => o.department === d), asOf, soonDays);
            return (
              <tr key={d} data-testid={`row-${d}`}>
                <th className="dept-cell" title={d} scope="row"><DepartmentLink name={d} skipTab /></th>
                {measures.map((m, col) => {
                  const o = cell.get(`${m.number}|${d}`);
                  const keys = {
                    'data-row': row,
                    'data-col': col,
                    tabIndex: grid.tabIndexOf(row, col),
                    onFocus: () => grid.onFocusCell(row, col),
                    onMouseEnter: () => setHovered({ measure: m.number, department: d }),
                    onMouseLeave: () => setHovered(null),
                  };
                  if (!o) return <td key={m.number} className="cell cell-none" data-testid={`cell-${m.number}-${d}`} data-status="none" aria-label={`${d}，${measureCitation(m)}：无此任务`} {...keys} />;
                  const status = shownStatus(o, asOf, soonDays);
                  return (
                    <td
                      key={m.number}
                      className={`cell cell-${status}`}
                      data-testid={`cell-${m.number}-${d}`}
                      data-status={o.status}
                      data-shown={status}
                      data-decision={o.decision?.kind}
                      title={cellTitle(o, m, asOf, soonDays)}
                      aria-label={cellTitle(o, m, asOf, soonDays)}
                      onClick={() => open(o)}
                      onKeyDown={(e) => e.key === 'Enter' && open(o)}
                      {...keys}
                    >
                      <span className="cell-symbol" aria-hidden="true">{STATUS_SYMBOL[status]}</span>
                      {ROLE_LABEL_SHORT[o.role]}
                      {o.decision && <span className={`cell-mark mark-${o.decision.kind}`}>{DECISION_MARK[o.decision.kind]}</span>}
                    </td>
                  );
                })}
                <td className="total missing">{counts.missing || ''}</td>
                <td className="total late">{counts.late || ''}</td>
                <td className="total on_time">{counts.on_time || ''}</td>
                <td className="total pending">{counts.pending + counts.soon || ''}</td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          {(['missing', 'late', 'on_time'] as const).map((s) => (
            <tr key={s}>
              <th className="dept-cell foot" scope="row">{STATUS_LABEL[s]}</th>
              {measures.map((m) => {
                const n = obligations.filter((o) => o.measure === m.number && o.status === s).length;
                return (
                  <td key={m.number} className={`total ${s}`} data-testid={`total-${s}-${m.number}`}>
                    {n || ''}
                  </td>
                );
              })}
              <td className="total" colSpan={4}>{`合计 ${totals[s]}`}</td>
            </tr>
          ))}
        </tfoot>
      </table>
    </>
  );
}

export function cellTitle(o: Obligation, measure: Pick<Measure, 'label' | 'number' | 'title'>, asOf: IsoDate, soonDays: number): string {
  const days = daysOverdue(o, asOf);
  const parts = [`${o.department}`, `${measureCitation(measure)} ${measure.title}`, ROLE_LABEL[o.role], `截止 ${formatDate(o.due)}${o.dueSource === 'report-deadline' ? '（默认报送截止日期）' : ''}`, SHOWN_LABEL[shownStatus(o, asOf, soonDays)] + (days ? `${days}天` : '')];
  if (hasResponseToShow(o)) parts.push(`报送 ${formatRespondedOn(o)}`);
  if (o.periods?.length) parts.push(`分期 ${o.periods.filter((p) => p.status === 'on_time').length}/${o.periods.length} 期按时`);
  if (o.decision) parts.push(`决定：${o.decision.label}`);
  return parts.join(' · ');
}

function Legend({ soonDays }: { soonDays: number }) {
  return (
    <div className="legend">
      {SHOWN_ORDER.map((s) => (
        <span key={s} className="legend-item">
          <span className={`swatch cell-${s}`} aria-hidden="true">{STATUS_SYMBOL[s]}</span> {SHOWN_LABEL[s]}
          {s === 'soon' ? `（${soonDays}天内）` : ''}
        </span>
      ))}
      <span className="legend-item"><span className="swatch cell-none" aria-hidden="true" /> 无此任务</span>
      <span className="legend-item muted">格内：牵＝牵头，配＝配合，共＝共同负责；结＝办结，延＝延期，免＝免报，退＝退回；点击格子，或用方向键移到格子上按回车，查看对照</span>
    </div>
  );
}

function Notes({ notes, cite }: { notes?: ComplianceResult['notes']; cite: (measure: number) => string }) {
  if (!notes) return null;
  const { offDuty, unobliged, beforeIssue } = notes;
  if (!offDuty.length && !unobliged.length && !beforeIssue.length) return null;
  return (
    <div className="panel notes">
      <h3>需要留意</h3>
      <ul>
        {beforeIssue.map((b, i) => (
          <li key={`b${i}`}>{cite(b.measure)}的期限“{b.text}”（{formatDate(b.date)}）<span className="flag-red">早于印发日期</span></li>
        ))}
        {offDuty.map((o, i) => (
          <li key={`o${i}`}>{o.department}在{reportName(o.file)}中报告了{cite(o.measure)}，但该条未把它列为责任单位</li>
        ))}
        {unobliged.map((u, i) => (
          <li key={`u${i}`}>{u.department}报送了{reportName(u.file)}，但政策中没有它的任务（可在“部门”中合并名称）</li>
        ))}
      </ul>
    </div>
  );
}
