// 部门: everything one department owes across the policies, with what it reported, what the office decided
// and its history. Pure: the caller hands in the obligations, the decisions and the journal entries.
import type { Decision, DecisionMark, Evidence, IsoDate, Obligation, ObligationStatus, ResponsibilityRole } from '../types';
import type { JournalEntry } from '../views';
import { measureOfPolicy, statusFigures, type MeasureNames, type MeasureOfPolicy, type StatusFigures } from './overview';
import type { PolicyCompliance, PolicyRef } from './types';

export interface DepartmentObligation extends MeasureOfPolicy {
  role: ResponsibilityRole;
  due: IsoDate;
  dueSource: Obligation['dueSource'];
  status: ObligationStatus;
  respondedOn: IsoDate | null;
  /** The decision in force, as the matrix marks it. */
  decision: DecisionMark | null;
  /** Every decision and note the office recorded on it, oldest first. */
  decisions: Decision[];
  evidence: Evidence[];
}

export interface DepartmentPage {
  name: string;
  asOf: IsoDate;
  /** Its counts across every policy (免报 ones left out, as everywhere). */
  totals: StatusFigures;
  /** One line per policy that gives it obligations, in the portfolio's order. */
  policies: (StatusFigures & { policy: PolicyRef })[];
  /** Policy by policy, measure by measure. */
  obligations: DepartmentObligation[];
  /** Journal entries naming the department, newest first. */
  history: JournalEntry[];
}

export interface DepartmentPageInput {
  name: string;
  asOf: IsoDate;
  portfolio: PolicyCompliance[];
  /** The office's decisions; one carrying `policy` belongs to that policy only. */
  decisions: (Decision & { policy?: number })[];
  /** Entries already chosen for the department (the journal's department filter). */
  journal: JournalEntry[];
  measureNames?: MeasureNames;
}

/** The department's page, or null when no policy gives it an obligation and the journal never names it. */
export function buildDepartmentPage(input: DepartmentPageInput): DepartmentPage | null {
  const { name, asOf, portfolio } = input;
  const obligations: DepartmentObligation[] = [];
  const policies: DepartmentPage['policies'] = [];
  const own: Obligation[] = [];
  for (const { policy, result } of portfolio) {
    const mine = result.obligations.filter((o) => o.department === name).sort((a, b) => a.measure - b.measure);
    if (mine.length === 0) continue;
    own.push(...mine);
    policies.push({ policy, ...statusFigures(mine) });
    for (const o of mine) {
      obligations.push({
        ...measureOfPolicy(policy, o.measure, input.measureNames),
        role: o.role,
        due: o.due,
        dueSource: o.dueSource,
        status: o.status,
        respondedOn: o.respondedOn,
        decision: o.decision ?? null,
        decisions: input.decisions
          .filter((d) => d.measure === o.measure && d.department === name && (d.policy === undefined || d.policy === policy.id))
          .sort((a, b) => a.date.localeCompare(b.date) || a.id - b.id),
        evidence: o.evidence,
      });
    }
  }
  const history = input.journal.filter((e) => e.department === name);
  if (obligations.length === 0 && history.length === 0) return null;
  return { name, asOf, totals: statusFigures(own), policies, obligations, history };
}
