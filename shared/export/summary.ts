// Ordering and counting helpers on top of the compliance engine's summary.
import { summarize, type DepartmentTally } from '../compliance';
import type { Obligation, ObligationStatus } from '../types';

export { summarize };
export type { ComplianceSummary, DepartmentTally } from '../compliance';

const collator = new Intl.Collator('zh-Hans-CN');

export const compareNames = (a: string, b: string): number => collator.compare(a, b);

export function countByStatus(obligations: Obligation[]): Record<ObligationStatus, number> {
  const counts: Record<ObligationStatus, number> = { on_time: 0, late: 0, missing: 0, pending: 0 };
  for (const o of obligations) counts[o.status] += 1;
  return counts;
}

/** Laggards first: most missing, then most late, then the most duties, then by pinyin. */
export function rankDepartments(rows: DepartmentTally[]): DepartmentTally[] {
  return [...rows].sort(
    (a, b) => b.missing - a.missing || b.late - a.late || b.total - a.total || compareNames(a.department, b.department),
  );
}
