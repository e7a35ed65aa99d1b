// The compliance rules: for every obligation, its due date, the department's first response and
// whether it came on time, as of a given date.
//
// - Due date: the measure's latest dated deadline ('by' or 'period', even one before the date of issue);
//   a measure without one falls due on the report deadline (default 31 December of the policy's year).
// - Recurring duties (每月N日前, 每季度末) are due each period from the date of issue on (see periods.ts);
//   the obligation's own due date and status are those of its first period. Without a date of issue
//   there are no periods and the rules for one-off duties apply.
// - Only reports dated on or before the as-of date count; one with no date counts as received by then.
//   A joint report counts for each department that signed it.
// - on_time: first response on or before the due date; late: after it; missing: none and the due date
//   has passed; pending: none and the due date is today or later.
import type { ComplianceNotes, ComplianceResult, IsoDate, Measure, Obligation, ObligationStatus, PolicyExtract, SubmissionAnalysis } from '../types';
import { defaultReportDeadline, latestDeadline, recurringDeadline } from './due-dates';
import { obligationsOfMeasure } from './obligations';
import { periodDueDates, periodStatuses } from './periods';
import { indexResponses, toEvidence, type PreparedResponses, type Response, type ResponseIndex } from './response-index';

export interface ComplianceInput {
  policy: PolicyExtract;
  /** With the date already resolved (the import date when the report had none). */
  submissions: SubmissionAnalysis[];
  asOf: IsoDate;
  /** Due date of measures without a dated deadline; default 31 December of the policy's year. */
  reportDeadline?: IsoDate | null;
  /** `submissions` already prepared (prepareResponses), when they are computed as of many dates. */
  prepared?: PreparedResponses;
}

function statusOf(due: IsoDate, respondedOn: IsoDate | null, asOf: IsoDate): ObligationStatus {
  if (respondedOn !== null) return respondedOn <= due ? 'on_time' : 'late';
  return due < asOf ? 'missing' : 'pending';
}

interface MeasurePlan {
  due: IsoDate;
  dueSource: Obligation['dueSource'];
  /** Due dates of each period, for a recurring duty. */
  periods: IsoDate[] | null;
}

function planOf(measure: Measure, issuedOn: IsoDate | null, reportDeadline: IsoDate, asOf: IsoDate): MeasurePlan {
  const recurring = recurringDeadline(measure);
  if (recurring && issuedOn) {
    const dues = periodDueDates(recurring, issuedOn, asOf);
    if (dues.length > 0) return { due: dues[0], dueSource: 'deadline', periods: dues };
  }
  const latest = latestDeadline(measure);
  return latest ? { due: latest, dueSource: 'deadline', periods: null } : { due: reportDeadline, dueSource: 'report-deadline', periods: null };
}

/** Whether the response counted on `respondedOn` is a report dated only by its import. */
function importedOn(responses: readonly Response[], respondedOn: IsoDate | null): { respondedOnImported?: true } {
  const counted = respondedOn === null ? undefined : responses.find((r) => r.countedOn === respondedOn);
  return counted?.dateFromImport ? { respondedOnImported: true } : {};
}

function obligationFor(measure: Measure, department: string, role: Obligation['role'], plan: MeasurePlan, responses: readonly Response[], asOf: IsoDate): Obligation {
  const evidence = responses.map(toEvidence);
  if (plan.periods) {
    const periods = periodStatuses(plan.periods, responses.map((r) => r.countedOn), asOf);
    const first = periods[0];
    const respondedOn = first.respondedOn;
    return { measure: measure.number, department, role, due: first.due, dueSource: plan.dueSource, status: first.status, respondedOn, ...importedOn(responses, respondedOn), evidence, periods };
  }
  const respondedOn = responses[0]?.countedOn ?? null;
  return { measure: measure.number, department, role, due: plan.due, dueSource: plan.dueSource, status: statusOf(plan.due, respondedOn, asOf), respondedOn, ...importedOn(responses, respondedOn), evidence };
}

function notesOf(policy: PolicyExtract, index: ResponseIndex, obliged: Map<string, Set<number>>): ComplianceNotes {
  const beforeIssue: ComplianceNotes['beforeIssue'] = [];
  for (const m of policy.measures) {
    for (const d of m.deadlines) if (d.beforeIssue && d.date) beforeIssue.push({ measure: m.number, text: d.text, date: d.date });
  }
  const offDuty: ComplianceNotes['offDuty'] = [];
  const unobliged: ComplianceNotes['unobliged'] = [];
  for (const { file, department, measures } of index.submitters) {
    const duties = obliged.get(department);
    // a department with no duty at all is noted once as unobliged, not once per measure it answers
    if (!duties) unobliged.push({ file, department });
    else for (const measure of measures) if (!duties.has(measure)) offDuty.push({ file, department, measure });
  }
  const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  offDuty.sort((a, b) => byText(a.file, b.file) || byText(a.department, b.department) || a.measure - b.measure);
  unobliged.sort((a, b) => byText(a.file, b.file) || byText(a.department, b.department));
  beforeIssue.sort((a, b) => a.measure - b.measure || byText(a.date, b.date));
  return { offDuty, unobliged, beforeIssue };
}

export function computeCompliance(input: ComplianceInput): ComplianceResult {
  const { policy, asOf } = input;
  // with no date of issue either, the as-of year's end stands in
  const reportDeadline = input.reportDeadline ?? defaultReportDeadline(policy) ?? `${asOf.slice(0, 4)}-12-31`;
  const index = indexResponses(input.prepared ?? input.submissions, asOf);
  const obligations: Obligation[] = [];
  const obliged = new Map<string, Set<number>>();
  const measures = [...policy.measures].sort((a, b) => a.number - b.number);
  for (const measure of measures) {
    const keys = obligationsOfMeasure(measure);
    if (keys.length === 0) continue;
    const plan = planOf(measure, policy.issuedOn, reportDeadline, asOf);
    for (const key of keys) {
      let duties = obliged.get(key.department);
      if (!duties) obliged.set(key.department, (duties = new Set()));
      duties.add(measure.number);
      obligations.push(obligationFor(measure, key.department, key.role, plan, index.responsesOf(measure.number, key.department), asOf));
    }
  }
  return { asOf, reportDeadline, obligations, notes: notesOf(policy, index, obliged) };
}
