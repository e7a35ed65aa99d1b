// The office's decisions laid over the computed statuses. What a department reported stays its own
// status; the decision in force is marked beside it:
// - 延期 moves the due date, and the reported status is judged again against the new date;
// - 退回 sets aside the responses dated on or before the day it was returned, so the obligation counts
//   as not yet answered until a new report arrives;
// - 办结 and 免报 leave the reported status as it is; 免报 takes the obligation out of the totals;
// - notes and 批示 are listed, they change nothing.
// A later decision replaces an earlier one of the same obligation (or period).
import type { ComplianceResult, Decision, DecisionMark, IsoDate, Obligation, ObligationStatus, PeriodStatus } from '../types';
import { decisionLabel } from './status-words';

function statusOf(due: IsoDate, respondedOn: IsoDate | null, asOf: IsoDate): ObligationStatus {
  if (respondedOn !== null) return respondedOn <= due ? 'on_time' : 'late';
  return due < asOf ? 'missing' : 'pending';
}

function markOf(d: Decision): DecisionMark {
  return { kind: d.kind as DecisionMark['kind'], label: decisionLabel(d), date: d.date, note: d.note, newDue: d.newDue, approver: d.approver };
}

/** The decision in force among those of one obligation or period: the last one recorded that is not a note. */
function inForce(decisions: Decision[]): Decision | null {
  let last: Decision | null = null;
  for (const d of decisions) if (d.kind !== 'note' && (!last || d.id > last.id)) last = d;
  return last;
}

/** The first response after the day a response was returned, as the rules count it. */
function answeredAfter(o: Obligation, returnedOn: IsoDate, asOf: IsoDate): IsoDate | null {
  const dates = o.evidence.map((e) => e.date ?? asOf).filter((d) => d > returnedOn && d <= asOf).sort();
  return dates[0] ?? null;
}

function applyToObligation(o: Obligation, d: Decision, asOf: IsoDate): Obligation {
  const mark = markOf(d);
  if (d.kind === 'extended' && d.newDue) {
    return { ...o, due: d.newDue, status: statusOf(d.newDue, o.respondedOn, asOf), decision: { ...mark, originalDue: o.due } };
  }
  if (d.kind === 'returned') {
    const respondedOn = answeredAfter(o, d.date, asOf);
    return { ...o, respondedOn, status: statusOf(o.due, respondedOn, asOf), decision: mark };
  }
  return { ...o, decision: mark };
}

function applyToPeriod(p: PeriodStatus, d: Decision, asOf: IsoDate): PeriodStatus {
  const mark = markOf(d);
  if (d.kind === 'extended' && d.newDue) return { ...p, due: d.newDue, status: statusOf(d.newDue, p.respondedOn, asOf), decision: { ...mark, originalDue: p.due } };
  if (d.kind === 'returned') {
    const respondedOn = p.respondedOn && p.respondedOn > d.date ? p.respondedOn : null;
    return { ...p, respondedOn, status: statusOf(p.due, respondedOn, asOf), decision: mark };
  }
  return { ...p, decision: mark };
}

/**
 * The date a new decision is dated by default: the as-of date where it lies before today (an office working through
 * an earlier ledger decides as of the day it is looking at, so a 退回 sets aside the reports seen by then and no
 * later ones), else today.
 */
export function defaultDecisionDate(asOf: IsoDate, today: IsoDate): IsoDate {
  return asOf < today ? asOf : today;
}

/** The date of the report a 退回 set aside: the latest response dated on or before the day it was returned; null when none is dated. */
export function returnedReportDate(o: Pick<Obligation, 'evidence'>, returnedOn: IsoDate): IsoDate | null {
  const dates = o.evidence.map((e) => e.date).filter((d): d is IsoDate => d !== null && d <= returnedOn).sort();
  return dates[dates.length - 1] ?? null;
}

const keyOf = (measure: number, department: string) => `${measure}\u0000${department}`;

/**
 * Lays the decisions over a computed result. `fold` turns a decision's department into the name the
 * result uses (the directory may have changed since it was recorded). A decision dated after the as-of date
 * was not yet taken on that day: the ledger as of an earlier day reads as it stood then.
 */
export function applyDecisions(result: ComplianceResult, decisions: Decision[], fold: (department: string) => string = (d) => d): ComplianceResult {
  const taken = decisions.filter((d) => d.date <= result.asOf);
  if (taken.length === 0) return result;
  const byObligation = new Map<string, Decision[]>();
  for (const d of taken) {
    const key = keyOf(d.measure, fold(d.department));
    byObligation.set(key, [...(byObligation.get(key) ?? []), d]);
  }
  const obligations = result.obligations.map((o) => {
    const own = byObligation.get(keyOf(o.measure, o.department));
    if (!own) return o;
    const whole = own.filter((d) => d.period === null);
    let next = o;
    if (next.periods) {
      const periods = next.periods.map((p) => {
        const forPeriod = inForce(own.filter((d) => d.period === p.due));
        return forPeriod ? applyToPeriod(p, forPeriod, result.asOf) : p;
      });
      // The obligation's own status is its first period's, as the rules define it.
      const first = periods[0];
      next = { ...next, periods, due: first.due, status: first.status, respondedOn: first.respondedOn };
    }
    const decided = inForce(whole);
    if (decided) next = applyToObligation(next, decided, result.asOf);
    const notes = whole.filter((d) => d.kind === 'note' && d.note).map((d) => ({ date: d.date, note: d.note as string }));
    if (notes.length) next = { ...next, notes };
    return next;
  });
  return { ...result, obligations };
}

/** Obligations that count in the totals: 免报 ones drop out. */
export function countedObligations(obligations: Obligation[]): Obligation[] {
  return obligations.filter((o) => o.decision?.kind !== 'exempt');
}

/** How many obligations carry each decision. */
export function decisionCounts(obligations: Obligation[]): Record<DecisionMark['kind'], number> {
  const counts: Record<DecisionMark['kind'], number> = { closed: 0, extended: 0, exempt: 0, returned: 0 };
  for (const o of obligations) if (o.decision) counts[o.decision.kind] += 1;
  return counts;
}
