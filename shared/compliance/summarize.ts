// Counts for dashboards and the Word report.
import type { ComplianceResult, ObligationStatus } from '../types';
import { countedObligations } from './decisions';

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
  /** On-time share of the obligations already answered or overdue (on time, late, missing); 0 when none. */
  onTimeRate: number;
  /** One row per department, in the order the obligations first name them (the policy's order). */
  byDepartment: DepartmentTally[];
}

export function summarize(result: ComplianceResult): ComplianceSummary {
  const byStatus: Record<ObligationStatus, number> = { on_time: 0, late: 0, missing: 0, pending: 0 };
  const tallies = new Map<string, DepartmentTally>();
  // 免报 obligations are out of the totals.
  for (const o of countedObligations(result.obligations)) {
    byStatus[o.status] += 1;
    let t = tallies.get(o.department);
    if (!t) tallies.set(o.department, (t = { department: o.department, total: 0, on_time: 0, late: 0, missing: 0, pending: 0 }));
    t.total += 1;
    t[o.status] += 1;
  }
  const counted = byStatus.on_time + byStatus.late + byStatus.missing;
  return { byStatus, onTimeRate: counted === 0 ? 0 : byStatus.on_time / counted, byDepartment: [...tallies.values()] };
}
