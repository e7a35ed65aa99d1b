// What the desk reads off an obligation besides its status: how many days overdue, and whether it falls due soon.
import type { IsoDate, Obligation, ObligationStatus } from '../../shared/types';

/** What a cell or a row shows: the four statuses, with 即将到期 split off from 未到期. */
export type ShownStatus = ObligationStatus | 'soon';

export const DEFAULT_SOON_DAYS = 14;

function dayNumber(date: IsoDate): number {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

/**
 * Days past the due date: for a late report, until it came; for a missing one, until the as-of date.
 * Null when the duty is not overdue at all.
 */
export function daysOverdue(o: Pick<Obligation, 'status' | 'due' | 'respondedOn'>, asOf: IsoDate): number | null {
  if (o.status === 'late') return o.respondedOn ? Math.max(0, dayNumber(o.respondedOn) - dayNumber(o.due)) : null;
  if (o.status === 'missing') return Math.max(0, dayNumber(asOf) - dayNumber(o.due));
  return null;
}

/** Not yet due, nothing reported, and due within the next `days` days (the as-of date itself included). */
export function isDueSoon(o: Pick<Obligation, 'status' | 'due' | 'respondedOn'>, asOf: IsoDate, days: number): boolean {
  if (o.status !== 'pending' || o.respondedOn) return false;
  const left = dayNumber(o.due) - dayNumber(asOf);
  return left >= 0 && left <= days;
}

export function shownStatus(o: Pick<Obligation, 'status' | 'due' | 'respondedOn'>, asOf: IsoDate, soonDays: number): ShownStatus {
  return isDueSoon(o, asOf, soonDays) ? 'soon' : o.status;
}

/** Days left until the due date (0 on the day itself); null once it has passed. */
export function daysLeft(o: Pick<Obligation, 'due'>, asOf: IsoDate): number | null {
  const left = dayNumber(o.due) - dayNumber(asOf);
  return left >= 0 ? left : null;
}

/**
 * What a report dated after the as-of date is shown with beside the measure: it is the department's answer, but
 * the status as of that day does not count it (an undated report stands on the day it was imported).
 */
export function notCountedYet(reportDate: IsoDate | null, asOf: IsoDate): string | null {
  return reportDate !== null && reportDate > asOf ? '晚于统计截止日期，本次统计不计入' : null;
}
