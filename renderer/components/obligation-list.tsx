// 缺报/逾期清单: one row per duty, sortable by any column, every row reachable by Tab and opened by Enter.
import { useState } from 'react';
import type { IsoDate, Obligation } from '../../shared/types';
import type { PolicyRef } from '../../shared/portfolio/types';
import { formatDate, formatRespondedOn } from '../lib/dates';
import { daysLeft, daysOverdue, shownStatus } from '../lib/overdue';
import { sortRows, toggleSort, type SortState, type SortValue } from '../lib/sort';
import { ROLE_LABEL, SHOWN_LABEL, STATUS_SYMBOL, URGENCY } from '../lib/status';
import { SortHeader } from './sort-header';

type Column = 'policy' | 'department' | 'measure' | 'role' | 'due' | 'overdue' | 'status' | 'responded';

export function ObligationList({
  obligations,
  titleOf,
  citeOf,
  policyOf,
  asOf,
  soonDays,
  onOpen,
  empty,
}: {
  obligations: Obligation[];
  /** The measure's title of an obligation. */
  titleOf: (o: Obligation) => string | undefined;
  /** The measure of an obligation as its policy cites it (第6条, 第二部分第1条). */
  citeOf: (o: Obligation) => string;
  /** Across policies: the policy of an obligation, shown in a 政策 column. */
  policyOf?: (o: Obligation) => PolicyRef | undefined;
  asOf: IsoDate;
  soonDays: number;
  onOpen: (o: Obligation) => void;
  empty: string;
}) {
  const [sort, setSort] = useState<SortState<Column>>({ key: 'department', dir: 'asc' });
  const value: Record<Column, (o: Obligation) => SortValue> = {
    policy: (o) => policyOf?.(o)?.label ?? '',
    department: (o) => o.department,
    measure: (o) => o.measure,
    role: (o) => ROLE_LABEL[o.role],
    due: (o) => o.due,
    overdue: (o) => daysOverdue(o, asOf),
    status: (o) => URGENCY[shownStatus(o, asOf, soonDays)],
    responded: (o) => o.respondedOn,
  };
  // Department, then measure, is the order the desk reads; the chosen column comes first.
  const base = sortRows(sortRows(sortRows(obligations, (o) => o.measure, 'asc'), value.policy, 'asc'), (o) => o.department, 'asc');
  const sorted = sortRows(base, value[sort.key], sort.dir);
  const onSort = (column: Column) => setSort((s) => toggleSort(s, column, column === 'overdue' ? 'desc' : 'asc'));

  if (!sorted.length) return <p className="empty">{empty}</p>;
  return (
    <div className="list-scroll">
      <table className="table obligation-list" data-testid="overdue-list">
        <caption className="visually-hidden">落实任务清单，按列标题排序，按 Tab 逐行移动，回车打开对照</caption>
        <thead>
          <tr>
            {policyOf && <SortHeader column="policy" sort={sort} onSort={onSort} width={150} testId="sort-policy">政策</SortHeader>}
            <SortHeader column="department" sort={sort} onSort={onSort} width={190} testId="sort-department">部门</SortHeader>
            <SortHeader column="measure" sort={sort} onSort={onSort} testId="sort-measure">措施</SortHeader>
            <SortHeader column="role" sort={sort} onSort={onSort} width={70}>职责</SortHeader>
            <SortHeader column="due" sort={sort} onSort={onSort} width={140} testId="sort-due">截止日期</SortHeader>
            <SortHeader column="overdue" sort={sort} onSort={onSort} width={96} testId="sort-overdue">逾期天数</SortHeader>
            <SortHeader column="status" sort={sort} onSort={onSort} width={104}>状态</SortHeader>
            <SortHeader column="responded" sort={sort} onSort={onSort} width={140}>报送日期</SortHeader>
          </tr>
        </thead>
        <tbody>
          {sorted.map((o) => {
            const shown = shownStatus(o, asOf, soonDays);
            const days = daysOverdue(o, asOf);
            const left = shown === 'soon' ? daysLeft(o, asOf) : null;
            return (
              <tr
                key={`${o.policy ?? ''}|${o.measure}|${o.department}`}
                className="clickable"
                tabIndex={0}
                onClick={() => onOpen(o)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' || e.key === ' ') {
                    e.preventDefault();
                    onOpen(o);
                  }
                }}
                aria-label={`${policyOf ? `${policyOf(o)?.label ?? ''}，` : ''}${o.department}，${citeOf(o)}，${SHOWN_LABEL[shown]}${days !== null ? `，逾期${days}天` : ''}：回车打开对照`}
                data-testid="overdue-row"
                data-status={shown}
              >
                {policyOf && (
                  <td className="policy-cell" title={policyOf(o)?.title} data-testid="list-policy">
                    {policyOf(o)?.label ?? '—'}
                  </td>
                )}
                <td>{o.department}</td>
                <td>
                  <span className="measure-ref">{citeOf(o)}</span> {titleOf(o)}
                </td>
                <td>{ROLE_LABEL[o.role]}</td>
                <td>
                  <span className="date">{formatDate(o.due)}</span>
                  {o.dueSource === 'report-deadline' && <div className="sub">默认报送截止日期</div>}
                </td>
                <td className="num" data-testid="days-overdue">
                  {days !== null ? `${days}天` : left !== null ? <span className="sub">还有{left}天</span> : '—'}
                </td>
                <td>
                  <span className={`status-pill status-${shown}`}>
                    <span aria-hidden="true">{STATUS_SYMBOL[shown]} </span>
                    {SHOWN_LABEL[shown]}
                  </span>
                  {o.decision && <div className={`decision-pill mark-${o.decision.kind}`}>{o.decision.label}</div>}
                </td>
                <td>
                  <span className="date">{formatRespondedOn(o)}</span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
