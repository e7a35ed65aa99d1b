// Counts for the report's summary. Kept local to the export until the compliance engine's summarize()
// is available; the shape matches it so one can replace the other.
import type { ComplianceResult, Obligation, ObligationStatus } from '../../shared/types';

export interface DepartmentTally {
  department: string;
  total: number;
  on_time: number;
  late: number;
  missing: number;
  pending: number;
}

export interface ComplianceSummary {
  byStatus: Record<ObligationStatus, number>;
  /** On-time share of the obligations already due (on time, late or missing); 0 when none is due. */
  onTimeRate: number;
  byDepartment: DepartmentTally[];
}

const collator = new Intl.Collator('zh-Hans-CN');

export const compareNames = (a: string, b: string): number => collator.compare(a, b);

export function countByStatus(obligations: Obligation[]): Record<ObligationStatus, number> {
  const counts: Record<ObligationStatus, number> = { on_time: 0, late: 0, missing: 0, pending: 0 };
  for (const o of obligations) counts[o.status] += 1;
  return counts;
}

/** Departments in name order. */
export function summarize(result: ComplianceResult): ComplianceSummary {
  const byStatus = countByStatus(result.obligations);
  const due = byStatus.on_time + byStatus.late + byStatus.missing;
  const tallies = new Map<string, DepartmentTally>();
  for (const o of result.obligations) {
    let t = tallies.get(o.department);
    if (!t) {
      t = { department: o.department, total: 0, on_time: 0, late: 0, missing: 0, pending: 0 };
      tallies.set(o.department, t);
    }
    t.total += 1;
    t[o.status] += 1;
  }
  return {
    byStatus,
    onTimeRate: due === 0 ? 0 : byStatus.on_time / due,
    byDepartment: [...tallies.values()].sort((a, b) => compareNames(a.department, b.department)),
  };
}

/** Laggards first: most missing, then most late, then the most duties, then by name. */
export function rankDepartments(rows: DepartmentTally[]): DepartmentTally[] {
  return [...rows].sort(
    (a, b) => b.missing - a.missing || b.late - a.late || b.total - a.total || compareNames(a.department, b.department),
  );
}
