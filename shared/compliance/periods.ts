// Recurring duties (每月4日前报送, 每季度末) are due once per period from the date of issue on.
//
// Period k runs from the day after the previous due date to its own due date (the first period from the
// beginning of time). A report dated in that window answers period k on time. A report dated after the
// due date but no later than the next due date answers period k late, when period k had no on-time
// report; otherwise it is the next period's on-time answer. Each report answers at most one period.
import { clampedDate, lastDayOfMonth } from '../text/dates';
import type { Deadline, IsoDate, ObligationStatus, PeriodStatus } from '../types';

// Enough for decades of monthly periods; guards against a far-off as-of date.
const MAX_PERIODS = 600;

function monthDue(y: number, m: number, day: number | undefined): IsoDate {
  return clampedDate(y, m, day ?? lastDayOfMonth(y, m)) as IsoDate;
}

/** Due date of the period that is `k` steps after (year, month), for the given recurrence. */
function nthDue(deadline: Deadline, y: number, m: number, k: number): IsoDate | null {
  const rec = deadline.recurrence;
  if (!rec) return null;
  if (rec.every === 'month') {
    const total = y * 12 + (m - 1) + k;
    return monthDue(Math.floor(total / 12), (total % 12) + 1, rec.day);
  }
  if (rec.every === 'quarter') {
    // month within the quarter: given, else the first month when a day is given (每季度首月5日前), else the last
    const within = rec.month && rec.month >= 1 && rec.month <= 3 ? rec.month : rec.day ? 1 : 3;
    const quarter = Math.floor((y * 12 + (m - 1)) / 3) + k;
    const total = quarter * 3 + (within - 1);
    return monthDue(Math.floor(total / 12), (total % 12) + 1, rec.day);
  }
  return null;
}

/**
 * Due dates of a recurring duty: the first strictly after the date of issue, then one per period
 * while they fall before `asOf`, and the first on or after `asOf` (not yet due).
 * Empty when the duty does not recur by month or quarter.
 */
export function periodDueDates(deadline: Deadline, issuedOn: IsoDate, asOf: IsoDate): IsoDate[] {
  const y = Number(issuedOn.slice(0, 4));
  const m = Number(issuedOn.slice(5, 7));
  const out: IsoDate[] = [];
  for (let k = 0; out.length < MAX_PERIODS; k++) {
    const due = nthDue(deadline, y, m, k);
    if (due === null) return [];
    if (due <= issuedOn) continue;
    out.push(due);
    if (due >= asOf) break;
  }
  return out;
}

/**
 * Status of each period given the dates of the department's reports (ascending, all on or before
 * `asOf`). See the header comment for which report answers which period.
 */
export function periodStatuses(dues: IsoDate[], reportDates: IsoDate[], asOf: IsoDate): PeriodStatus[] {
  const used = new Set<number>();
  const out: PeriodStatus[] = [];
  let next = 0; // first report not yet looked at for the current window
  for (let k = 0; k < dues.length; k++) {
    const due = dues[k];
    const prevDue = k > 0 ? dues[k - 1] : null;
    let answer: { at: number; status: ObligationStatus } | null = null;
    // on time: the earliest unused report in (prevDue, due]
    for (let r = next; r < reportDates.length && reportDates[r] <= due; r++) {
      if (!used.has(r) && (prevDue === null || reportDates[r] > prevDue)) {
        answer = { at: r, status: 'on_time' };
        break;
      }
    }
    // late: the earliest report in (due, nextDue], when the period had none on time
    if (!answer) {
      const nextDue = k + 1 < dues.length ? dues[k + 1] : null;
      for (let r = next; r < reportDates.length; r++) {
        if (reportDates[r] <= due || used.has(r)) continue;
        if (nextDue !== null && reportDates[r] > nextDue) break;
        answer = { at: r, status: 'late' };
        break;
      }
    }
    if (answer) {
      used.add(answer.at);
      out.push({ due, status: answer.status, respondedOn: reportDates[answer.at] });
    } else {
      out.push({ due, status: due < asOf ? 'missing' : 'pending', respondedOn: null });
    }
    while (next < reportDates.length && (used.has(next) || reportDates[next] <= due)) next++;
  }
  return out;
}
