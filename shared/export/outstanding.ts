// Which obligations a reminder notice has to chase: those not reported, or reported after the deadline.
import type { ComplianceResult, Obligation } from '../types';
import { rankDepartments, summarize } from './summary';

/** Missing or late, and not settled by the office (办结 or 免报). */
export const isOutstanding = (o: Obligation): boolean =>
  (o.status === 'missing' || o.status === 'late') && o.decision?.kind !== 'closed' && o.decision?.kind !== 'exempt';

/** Departments with at least one missing or late obligation, most missing first. */
export function departmentsWithOutstanding(result: ComplianceResult): string[] {
  const chased = new Set(result.obligations.filter(isOutstanding).map((o) => o.department));
  return rankDepartments(summarize(result).byDepartment)
    .filter((d) => chased.has(d.department))
    .map((d) => d.department);
}

/** Several policies' results as one, for ranking departments across them (all share the as-of date). */
export function combinedResult(results: readonly ComplianceResult[]): ComplianceResult {
  if (results.length === 1) return results[0];
  const [first] = results;
  return {
    asOf: first?.asOf ?? '',
    reportDeadline: first?.reportDeadline ?? '',
    obligations: results.flatMap((r) => r.obligations),
    notes: { offDuty: results.flatMap((r) => r.notes.offDuty), unobliged: results.flatMap((r) => r.notes.unobliged), beforeIssue: results.flatMap((r) => r.notes.beforeIssue) },
  };
}

/** A department's outstanding obligations, in measure order. */
export function outstandingFor(result: ComplianceResult, department: string): Obligation[] {
  return result.obligations
    .filter((o) => o.department === department && isOutstanding(o))
    .sort((a, b) => a.measure - b.measure);
}
