// Who owes what: one obligation per (measure, specific responsible department). Generic actors
// (区政府有关部门, 各镇街) owe nothing, since no one in particular could be asked to report.
import type { Measure, PolicyExtract, ResponsibilityRole } from '../types';

export interface ObligationKey {
  measure: number;
  department: string;
  role: ResponsibilityRole;
}

/** The departments a measure holds to account, leads first, each once, in the order the measure names them. */
export function obligationsOfMeasure(measure: Measure): ObligationKey[] {
  const out: ObligationKey[] = [];
  const seen = new Set<string>(measure.generic);
  const leadRole: ResponsibilityRole = measure.joint ? 'joint' : 'lead';
  for (const department of measure.lead) {
    if (seen.has(department)) continue;
    seen.add(department);
    out.push({ measure: measure.number, department, role: leadRole });
  }
  for (const department of measure.support) {
    if (seen.has(department)) continue;
    seen.add(department);
    out.push({ measure: measure.number, department, role: 'support' });
  }
  return out;
}

/** Every obligation of the policy, by measure number, then departments in the order the measure names them. */
export function obligationsOf(policy: PolicyExtract): ObligationKey[] {
  return [...policy.measures].sort((a, b) => a.number - b.number).flatMap(obligationsOfMeasure);
}
