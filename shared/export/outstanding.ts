// Which obligations a reminder notice has to chase: those not reported, or reported after the deadline.
import type { ComplianceResult, Obligation } from '../types';
import { rankDepartments, summarize } from './summary';

export const isOutstanding = (o: Obligation): boolean => o.status === 'missing' || o.status === 'late';

/** Departments with at least one missing or late obligation, most missing first. */
export function departmentsWithOutstanding(result: ComplianceResult): string[] {
  return rankDepartments(summarize(result).byDepartment)
    .filter((d) => d.missing + d.late > 0)
    .map((d) => d.department);
}

/** A department's outstanding obligations, in measure order. */
export function outstandingFor(result: ComplianceResult, department: string): Obligation[] {
  return result.obligations
    .filter((o) => o.department === department && isOutstanding(o))
    .sort((a, b) => a.measure - b.measure);
}
