// 总览: per policy the obligations by status and the on-time rate; deadlines of the next 7 and 30 days;
// departments ranked by missing and late across every policy; the counts at each month's end. Every chart
// has its numbers in a table beside it.
import { useMemo } from 'react';
import { DECISION_KIND_LABEL } from '../../shared/compliance/status-words';
import { CHART_STATUS_ORDER, departmentRankingChart, policyStatusChart, RATE_DEFINITION, rateText, trendChart } from '../../shared/portfolio/chart-options';
import type { DepartmentStanding, OverviewView as Overview, UpcomingDeadline } from '../../shared/portfolio/overview';
import type { DecisionMark } from '../../shared/types';
import { useApp } from '../app-context';
import { unwrap } from '../api/client';
import { ChartFigure } from '../components/chart-figure';
import { DepartmentLink } from '../components/department-link';
import { formatDate } from '../lib/dates';
import { useAsync } from '../lib/use-async';
import { ROLE_LABEL, STATUS_LABEL } from '../lib/status';

const DECISION_ORDER: DecisionMark['kind'][] = ['closed', 'extended', 'returned', 'exempt'];

function StatusHeads() {
  return (
    <>
      {CHART_STATUS_ORDER.map((s) => (
        <th key={s} className={`num status-head status-${s}`} scope="col">
          {STATUS_LABEL[s]}
        </th>
      ))}
    </>
  );
}

function PolicyTable({ view }: { view: Overview }) {
  return (
    <table className="table compact-table" data-testid="policy-figures">
      <caption className="visually-hidden">各政策任务数（按状态）和按时率</caption>
      <thead>
        <tr>
          <th scope="col" style={{ width: '30%' }}>政策</th>
          <StatusHeads />
          <th className="num" scope="col" title={RATE_DEFINITION}>按时率</th>
          <th scope="col" title="督查室决定：办结按原报送状态计数，免报不计入">决定</th>
        </tr>
      </thead>
      <tbody>
        {view.policies.map((p) => (
          <tr key={p.policy.id} data-testid="policy-row" data-policy={p.policy.id}>
            <th scope="row" className="policy-cell" title={p.policy.title}>{p.policy.label}</th>
            {CHART_STATUS_ORDER.map((s) => (
              <td key={s} className="num" data-testid={`policy-${s}`}>{p.counts[s]}</td>
            ))}
            <td className="num" data-testid="policy-rate" title={RATE_DEFINITION}>{rateText(p)}</td>
            <td className="decisions-cell">
              {DECISION_ORDER.filter((k) => p.decisions[k] > 0)
                .map((k) => `${DECISION_KIND_LABEL[k]} ${p.decisions[k]}`)
                .join('，') || '—'}
            </td>
          </tr>
        ))}
      </tbody>
      {view.policies.length > 1 && (
        <tfoot>
          <tr>
            <th scope="row">合计</th>
            {CHART_STATUS_ORDER.map((s) => (
              <td key={s} className="num">{view.totals.counts[s]}</td>
            ))}
            <td className="num">{rateText(view.totals)}</td>
            <td />
          </tr>
        </tfoot>
      )}
    </table>
  );
}

function UpcomingList({ rows, days }: { rows: UpcomingDeadline[]; days: number }) {
  return (
    <div className="upcoming" data-testid={`upcoming-${days}`}>
      <h3>
        {days} 天内到期 <span className="count">{rows.length} 项</span>
      </h3>
      {rows.length === 0 ? (
        <p className="empty">{days} 天内没有到期且尚未报送的任务。</p>
      ) : (
        <div className="upcoming-scroll">
          <table className="table compact-table">
            <thead>
              <tr>
                <th scope="col" style={{ width: 116 }}>到期日</th>
                <th scope="col" className="num" style={{ width: 52 }}>剩余</th>
                <th scope="col" style={{ width: '26%' }}>政策</th>
                <th scope="col">措施</th>
                <th scope="col" style={{ width: '24%' }}>部门</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={`${r.policy}-${r.measure}-${r.department}`} data-testid="upcoming-row">
                  <td>{formatDate(r.due)}</td>
                  <td className="num">{r.daysLeft} 天</td>
                  <td className="policy-cell" title={r.policyLabel}>{r.policyLabel}</td>
                  <td title={r.title}>
                    {r.measureLabel} {r.title}
                  </td>
                  <td>
                    <DepartmentLink name={r.department} /> <span className="muted">{ROLE_LABEL[r.role]}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

function RankingTable({ rows }: { rows: DepartmentStanding[] }) {
  return (
    <div className="ranking-scroll">
      <table className="table compact-table" data-testid="department-ranking">
        <caption className="visually-hidden">各部门任务数（按状态），未报送多者在前</caption>
        <thead>
          <tr>
            <th scope="col" className="num" style={{ width: 36 }}>名次</th>
            <th scope="col" style={{ width: '30%' }}>部门</th>
            <StatusHeads />
            <th scope="col" className="num" title="涉及的政策数">政策</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((d, i) => (
            <tr key={d.department} data-testid="ranking-row" data-department={d.department}>
              <td className="num">{i + 1}</td>
              <th scope="row">
                <DepartmentLink name={d.department} />
              </th>
              {CHART_STATUS_ORDER.map((s) => (
                <td key={s} className="num">{d[s]}</td>
              ))}
              <td className="num">{d.policies}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function TrendTable({ view }: { view: Overview }) {
  return (
    <table className="table compact-table" data-testid="trend-table">
      <caption className="visually-hidden">各月末任务数（按状态）</caption>
      <thead>
        <tr>
          <th scope="col">截至</th>
          <StatusHeads />
        </tr>
      </thead>
      <tbody>
        {view.trend.map((p) => (
          <tr key={p.date}>
            <th scope="row">{formatDate(p.date)}</th>
            {CHART_STATUS_ORDER.map((s) => (
              <td key={s} className="num">{p.counts[s]}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function OverviewView() {
  const { client, asOf, dataVersion, navigate } = useApp();
  const data = useAsync(() => unwrap(client.call('portfolio/overview', { asOf })), [asOf, dataVersion]);
  const view = data.data;
  const options = useMemo(
    () => (view ? { policies: policyStatusChart(view), ranking: departmentRankingChart(view), trend: trendChart(view) } : null),
    [view],
  );

  if (data.error) return <div className="view"><p className="error">{data.error}</p></div>;
  if (!view || !options) return <div className="view"><p className="muted">正在计算…</p></div>;
  if (view.policies.length === 0) {
    return (
      <div className="view">
        <p className="empty">还没有政策文件，总览无从计算。</p>
        <button type="button" onClick={() => navigate('documents')}>去导入</button>
      </div>
    );
  }
  const laggards = view.departments.filter((d) => d.missing + d.late > 0).length;
  return (
    <div className="view overview-view" data-testid="overview">
      <div className="overview-head">
        <h1>总览</h1>
        <span className="as-of-note">截至 {formatDate(view.asOf)}</span>
        <span className="overview-total" data-testid="overview-total">
          {view.policies.length} 项政策，任务 {view.totals.counted} 项：
          {CHART_STATUS_ORDER.map((s) => `${STATUS_LABEL[s]} ${view.totals.counts[s]}`).join('，')}；按时率 {rateText(view.totals)}
        </span>
      </div>
      <p className="hint rate-definition">{RATE_DEFINITION}“办结”的任务按原报送状态计数并注明；“免报”的不计入。</p>

      <section className="panel" aria-labelledby="ov-policies">
        <h2 id="ov-policies">各政策落实情况</h2>
        <ChartFigure
          testId="chart-policies"
          option={options.policies}
          label="各政策任务数按状态的堆叠条形图，数字见右表"
          height={Math.max(140, 60 + view.policies.length * 48)}
          table={<PolicyTable view={view} />}
        />
      </section>

      <section className="panel" aria-labelledby="ov-upcoming">
        <h2 id="ov-upcoming">即将到期</h2>
        <p className="hint">截至日之后到期、尚未报送且未办结的任务。</p>
        <div className="upcoming-pair">
          <UpcomingList rows={view.within7} days={7} />
          <UpcomingList rows={view.within30} days={30} />
        </div>
      </section>

      <section className="panel" aria-labelledby="ov-ranking">
        <h2 id="ov-ranking">部门排名</h2>
        <p className="hint">全部政策合计，未报送多者在前，其次逾期报送。{laggards ? `图中为未报送或逾期的前 ${Math.min(12, laggards)} 个部门。` : '目前没有未报送或逾期的部门。'}点部门名称打开其部门页。</p>
        <ChartFigure
          testId="chart-ranking"
          option={options.ranking}
          label="各部门未报送和逾期报送任务数的条形图，数字见右表"
          height={Math.max(160, 60 + Math.min(12, laggards) * 26)}
          table={<RankingTable rows={view.departments} />}
        />
      </section>

      <section className="panel" aria-labelledby="ov-trend">
        <h2 id="ov-trend">月末趋势</h2>
        <p className="hint">全部政策合计，每月月末的任务状态；最后一点为截至日。</p>
        <ChartFigure testId="chart-trend" option={options.trend} label="各月末任务数按状态的折线图，数字见右表" height={240} table={<TrendTable view={view} />} />
      </section>
    </div>
  );
}
