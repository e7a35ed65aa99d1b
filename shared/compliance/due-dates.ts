// When a measure falls due: its latest dated deadline, else the workspace's reporting deadline.
import type { Deadline, IsoDate, Measure, PolicyExtract } from '../types';
import { workYearEnd } from './work-year';

/** 31 December of the policy's work year (work-year.ts: the year its title names, else of issue); null when unknown. */
export function defaultReportDeadline(policy: PolicyExtract): IsoDate | null {
  return workYearEnd(policy);
}

/** Kinds whose date is a one-off last day ('annual' duties without a date are not dated). */
const DATED_KINDS = new Set<Deadline['kind']>(['by', 'period']);

/** The measure's latest dated deadline, counting those before the date of issue; null when it has none. */
export function latestDeadline(measure: Pick<Measure, 'deadlines'>): IsoDate | null {
  let latest: IsoDate | null = null;
  for (const d of measure.deadlines) {
    if (!DATED_KINDS.has(d.kind) || !d.date) continue;
    if (latest === null || d.date > latest) latest = d.date;
  }
  return latest;
}

/** The recurring duty (每月4日前, 每季度末) that gives a measure periods, if it has one. */
export function recurringDeadline(measure: Measure): Deadline | null {
  return measure.deadlines.find((d) => (d.kind === 'monthly' || d.kind === 'quarterly') && d.recurrence !== undefined) ?? null;
}
