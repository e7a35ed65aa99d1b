// 部门页: everything one department owes across the policies — status, the office's decisions, due dates,
// the reports that answer each duty — and its history. Reached from a department name on 总览 or the matrix.
import { CHART_STATUS_ORDER, RATE_DEFINITION, rateText } from '../../shared/portfolio/chart-options';
import type { DepartmentObligation } from '../../shared/portfolio/department-page';
import { useApp } from '../app-context';
import { unwrap } from '../api/client';
import { HistoryList } from '../components/history-list';
import { formatDate } from '../lib/dates';
import { useAsync } from '../lib/use-async';
import { daysOverdue, shownStatus } from '../lib/overdue';
import { ROLE_LABEL, SHOWN_LABEL, STATUS_LABEL } from '../lib/status';

function Evidence({ o }: { o: DepartmentObligation }) {
  if (o.evidence.length === 0) return <span className="muted">—</span>;
  return (
    <ul className="evidence-files">
      {o.evidence.map((e) => (
        <li key={`${e.file}-${e.date}`} title={e.excerpt}>
          {e.file}
          {e.date ? <span className="muted">（{formatDate(e.date)}）</span> : null}
        </li>
      ))}
    </ul>
  );
}

function Decisions({ o }: { o: DepartmentObligation }) {
  const notes = o.decisions.filter((d) => d.kind === 'note' && d.note);
  if (!o.decision && notes.length === 0) return <span className="muted">—</span>;
  return (
    <div className="decision-notes">
      {o.decision && (
        <div className={`decision-mark decision-${o.decision.kind}`} data-testid="department-decision">
          {o.decision.label}
          <span className="muted">（{formatDate(o.decision.date)}{o.decision.note ? `，${o.decision.note}` : ''}）</span>
        </div>
      )}
      {notes.map((d) => (
        <div key={d.id} className="muted">
          {formatDate(d.date)} 批示/备注：{d.note}
        </div>
      ))}
    </div>
  );
}

export function DepartmentPageView() {
  const { client, asOf, dataVersion, department, navigate } = useApp();
  const page = useAsync(
    () => (department ? unwrap(client.call('departments/page', { name: department, asOf })) : Promise.resolve(null)),
    [department, asOf, dataVersion],
  );

  if (!department) {
    return (
      <div className="view">
        <p className="empty">请在总览或落实矩阵中点部门名称打开部门页。</p>
        <button type="button" onClick={() => navigate('departments')}>部门名录</button>
      </div>
    );
  }
  if (page.error) return <div className="view"><p className="error">{page.error}</p></div>;
  const p = page.data;
  if (page.loading && !p) return <div className="view"><p className="muted">正在加载…</p></div>;
  if (!p) return <div className="view"><p className="empty">没有找到“{department}”：任何政策都没有给它分配任务。</p></div>;

  return (
    <div className="view department-page" data-testid="department-page">
      <div className="overview-head">
        <button type="button" className="link" onClick={() => navigate('overview')}>‹ 总览</button>
        <h1 data-testid="department-name">{p.name}</h1>
        <span className="as-of-note">截至 {formatDate(p.asOf)}</span>
        <span className="overview-total" data-testid="department-total">
          {p.policies.length} 项政策，任务 {p.totals.counted} 项：
          {CHART_STATUS_ORDER.map((s) => `${STATUS_LABEL[s]} ${p.totals.counts[s]}`).join('，')}；
          <span title={RATE_DEFINITION}>按时率 {rateText(p.totals)}</span>
        </span>
      </div>

      <section className="panel" aria-labelledby="dp-policies">
        <h2 id="dp-policies">各政策</h2>
        <table className="table compact-table department-policies" data-testid="department-policies">
          <thead>
            <tr>
              <th scope="col" style={{ width: '34%' }}>政策</th>
              {CHART_STATUS_ORDER.map((s) => (
                <th key={s} scope="col" className="num">{STATUS_LABEL[s]}</th>
              ))}
              <th scope="col" className="num" title={RATE_DEFINITION}>按时率</th>
            </tr>
          </thead>
          <tbody>
            {p.policies.map((x) => (
              <tr key={x.policy.id}>
                <th scope="row" className="policy-cell" title={x.policy.title}>{x.policy.label}</th>
                {CHART_STATUS_ORDER.map((s) => (
                  <td key={s} className="num">{x.counts[s]}</td>
                ))}
                <td className="num">{rateText(x)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className="panel" aria-labelledby="dp-obligations">
        <h2 id="dp-obligations">承担的任务（{p.obligations.length} 项）</h2>
        {p.obligations.length === 0 ? (
          <p className="empty">目前没有任何政策给它分配任务。</p>
        ) : (
          <table className="table compact-table department-obligations" data-testid="department-obligations">
            <thead>
              <tr>
                <th scope="col" style={{ width: '13%' }}>政策</th>
                <th scope="col">措施</th>
                <th scope="col" style={{ width: 48 }}>职责</th>
                <th scope="col" style={{ width: 96 }}>完成时限</th>
                <th scope="col" style={{ width: 112 }}>状态</th>
                <th scope="col" style={{ width: '18%' }}>督查室决定</th>
                <th scope="col" style={{ width: '20%' }}>报告</th>
              </tr>
            </thead>
            <tbody>
              {p.obligations.map((o) => {
                const shown = shownStatus(o, p.asOf, 14);
                const over = daysOverdue(o, p.asOf);
                return (
                  <tr
                    key={`${o.policy}-${o.measure}`}
                    className="clickable"
                    tabIndex={0}
                    data-testid="department-obligation"
                    data-policy={o.policy}
                    data-status={o.status}
                    title="打开对照"
                    onClick={() => navigate('compare', { measure: o.measure, department: p.name })}
                    onKeyDown={(e) => {
                      if (e.key === 'Enter') navigate('compare', { measure: o.measure, department: p.name });
                    }}
                  >
                    <td className="policy-cell" title={o.policyLabel}>{o.policyLabel}</td>
                    <td>
                      {o.measureLabel} {o.title}
                    </td>
                    <td>{ROLE_LABEL[o.role]}</td>
                    <td>
                      {formatDate(o.due)}
                      {o.decision?.originalDue ? <div className="muted">原 {formatDate(o.decision.originalDue)}</div> : null}
                    </td>
                    <td>
                      <span className={`status-pill status-${shown}`}>{SHOWN_LABEL[shown]}</span>
                      {over ? <div className="muted">逾期 {over} 天</div> : null}
                    </td>
                    <td>
                      <Decisions o={o} />
                    </td>
                    <td>
                      <Evidence o={o} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </section>

      <section className="panel" aria-labelledby="dp-history">
        <h2 id="dp-history">历史</h2>
        <HistoryList filter={{ department: p.name }} compact />
      </section>
    </div>
  );
}
