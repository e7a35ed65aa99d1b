// 总览: every policy's figures as of a date, the deadlines coming up, the departments that lag most, and
// how the counts moved month by month. Pure: the caller hands in each policy's obligations.
//
// How the office's decisions count (the same as the matrix's totals and the Word report):
// - an obligation counts under what the department reported (按时/逾期/未报送/未到期); after 延期 it is
//   judged against the new date, after 退回 as not yet answered (applyDecisions has done both);
// - 免报 takes it out of every count and is shown on its own (`exempt`);
// - 办结 leaves it under its reported status, counted in `decisions.closed` beside it, and drops it from
//   what is still owed (`outstanding`, 即将到期): the office settled it.
import { countedObligations, decisionCounts } from '../compliance/decisions';
import { rankDepartments } from '../export/summary';
import type { DepartmentTally } from '../compliance/summarize';
import { addDays, endOfMonth } from '../text/dates';
import type { DecisionMark, IsoDate, Obligation, ObligationStatus, ResponsibilityRole } from '../types';
import type { PolicyCompliance, PolicyRef } from './types';

export type StatusCounts = Record<ObligationStatus, number>;

export interface StatusFigures {
  counts: StatusCounts;
  /** Obligations counted (免报 ones are not). */
  counted: number;
  /** Obligations already due or answered: on time + late + missing. */
  due: number;
  /** on_time ÷ (on_time + late + missing); null while nothing is due yet. */
  onTimeRate: number | null;
}

export interface PolicyFigures extends StatusFigures {
  policy: PolicyRef;
  /** How many obligations carry each decision in force. */
  decisions: Record<DecisionMark['kind'], number>;
  /** 免报 obligations, left out of the counts. */
  exempt: number;
}

/** A policy's measure as a row names it. */
export interface MeasureOfPolicy {
  policy: number;
  policyLabel: string;
  measure: number;
  /** Numbering as written (（三）, 5.), or 第N条 when the ledger is not at hand. */
  measureLabel: string;
  title: string;
}

/** The policy and the measure an obligation belongs to, named for a row. */
export function measureOfPolicy(policy: PolicyRef, measure: number, names?: MeasureNames): MeasureOfPolicy {
  const named = names?.(policy.id, measure);
  return { policy: policy.id, policyLabel: policy.label, measure, measureLabel: named?.label ?? `第${measure}条`, title: named?.title ?? '' };
}

export interface UpcomingDeadline extends MeasureOfPolicy {
  department: string;
  role: ResponsibilityRole;
  due: IsoDate;
  daysLeft: number;
}

export interface DepartmentStanding extends DepartmentTally {
  /** Missing or late and not settled by the office (办结, 免报): what a reminder would chase. */
  outstanding: number;
  /** How many policies give it obligations. */
  policies: number;
}

export interface TrendPoint {
  date: IsoDate;
  counts: StatusCounts;
}

export interface OverviewView {
  asOf: IsoDate;
  policies: PolicyFigures[];
  /** All policies together. */
  totals: StatusFigures;
  /** Not yet answered and due within 7 days of the as-of date (the day after it through the 7th). */
  within7: UpcomingDeadline[];
  /** The same within 30 days (includes the 7-day ones). */
  within30: UpcomingDeadline[];
  /** Most missing first, then most late, across every policy. */
  departments: DepartmentStanding[];
  /** Counts across every policy at each month's end, oldest first; the last point is the as-of date. */
  trend: TrendPoint[];
}

/** What the builder needs to name a measure; absent measures are named 第N条. */
export type MeasureNames = (policy: number, measure: number) => { label: string; title: string } | undefined;

export interface OverviewInput {
  asOf: IsoDate;
  portfolio: PolicyCompliance[];
  /** Every policy's obligations at each month's end (see monthEnds), oldest first. */
  monthEnds?: { date: IsoDate; portfolio: PolicyCompliance[] }[];
  measureNames?: MeasureNames;
}

const emptyCounts = (): StatusCounts => ({ on_time: 0, late: 0, missing: 0, pending: 0 });

/** Counts by reported status, 免报 left out, and the on-time rate of those due. */
export function statusFigures(obligations: Obligation[]): StatusFigures {
  const counts = emptyCounts();
  const counted = countedObligations(obligations);
  for (const o of counted) counts[o.status] += 1;
  const due = counts.on_time + counts.late + counts.missing;
  return { counts, counted: counted.length, due, onTimeRate: due === 0 ? null : counts.on_time / due };
}

const settled = (o: Obligation) => o.decision?.kind === 'closed' || o.decision?.kind === 'exempt';

function dayNumber(date: IsoDate): number {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

/** Obligations not yet answered nor settled, falling due after the as-of date and no later than `days` after it. */
export function upcomingDeadlines(portfolio: PolicyCompliance[], asOf: IsoDate, days: number, names?: MeasureNames): UpcomingDeadline[] {
  const last = addDays(asOf, days);
  const rows: UpcomingDeadline[] = [];
  for (const { policy, result } of portfolio) {
    for (const o of result.obligations) {
      if (o.status !== 'pending' || o.respondedOn !== null || settled(o)) continue;
      if (!(o.due > asOf && o.due <= last)) continue;
      rows.push({
        ...measureOfPolicy(policy, o.measure, names),
        department: o.department,
        role: o.role,
        due: o.due,
        daysLeft: dayNumber(o.due) - dayNumber(asOf),
      });
    }
  }
  return rows.sort((a, b) => a.daysLeft - b.daysLeft || a.policy - b.policy || a.measure - b.measure || a.department.localeCompare(b.department, 'zh-CN'));
}

/** Every department's counts across the policies, laggards first. */
export function departmentStandings(portfolio: PolicyCompliance[]): DepartmentStanding[] {
  const rows = new Map<string, DepartmentStanding & { seen: Set<number> }>();
  for (const { policy, result } of portfolio) {
    for (const o of countedObligations(result.obligations)) {
      let row = rows.get(o.department);
      if (!row) rows.set(o.department, (row = { department: o.department, total: 0, on_time: 0, late: 0, missing: 0, pending: 0, outstanding: 0, policies: 0, seen: new Set() }));
      row.total += 1;
      row[o.status] += 1;
      if ((o.status === 'missing' || o.status === 'late') && !settled(o)) row.outstanding += 1;
      row.seen.add(policy.id);
    }
  }
  return rankDepartments([...rows.values()]).map((r) => {
    const { seen, ...row } = r as DepartmentStanding & { seen: Set<number> };
    return { ...row, policies: seen.size };
  });
}

/**
 * The dates a trend is drawn at: each month's end from the month of `from` up to the as-of date, then the
 * as-of date itself (when it is not a month's end), the last `max` of them.
 */
export function monthEnds(from: IsoDate, asOf: IsoDate, max = 12): IsoDate[] {
  if (max < 1 || from > asOf) return max < 1 ? [] : [asOf];
  const dates: IsoDate[] = [];
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  for (;;) {
    const end = endOfMonth(y, m);
    if (end > asOf) break;
    dates.push(end);
    if (++m > 12) [y, m] = [y + 1, 1];
  }
  if (dates[dates.length - 1] !== asOf) dates.push(asOf);
  return dates.slice(-max);
}

export function buildOverview(input: OverviewInput): OverviewView {
  const { asOf, portfolio } = input;
  const policies: PolicyFigures[] = portfolio.map(({ policy, result }) => ({
    policy,
    ...statusFigures(result.obligations),
    decisions: decisionCounts(result.obligations),
    exempt: result.obligations.length - countedObligations(result.obligations).length,
  }));
  const trend = (input.monthEnds ?? []).map(({ date, portfolio: at }) => ({ date, counts: statusFigures(at.flatMap((p) => p.result.obligations)).counts }));
  return {
    asOf,
    policies,
    totals: statusFigures(portfolio.flatMap((p) => p.result.obligations)),
    within7: upcomingDeadlines(portfolio, asOf, 7, input.measureNames),
    within30: upcomingDeadlines(portfolio, asOf, 30, input.measureNames),
    departments: departmentStandings(portfolio),
    trend,
  };
}
