// The Departments view: every body the policies and the reports name, with the spellings that fold to it, one
// row per department across all the policies of the workspace.
import type { DepartmentDirectory, PolicyExtract, SubmissionAnalysis } from '../../shared/types';
import type { DepartmentRow } from '../../shared/views';
import { bodiesAnsweredFor } from '../../shared/compliance';
import { canonicalDepartment, placeFromIssuer } from '../../shared/extract/departments';
import type { DepartmentRecord } from '../db/departments';

/** One policy with the reports placed on it, and the directory its reports fold with. */
export interface PolicyReading {
  policy: PolicyExtract;
  submissions: (SubmissionAnalysis & { documentId: number })[];
  directory: DepartmentDirectory;
  /** How the workspace names the policy's bodies where it names them with their place (place-names). */
  name?: (name: string) => string;
  /** The bodies as the policy itself names them, before the workspace wrote their place. */
  readAs?: readonly string[];
}

export function departmentRows(readings: PolicyReading[], userRecords: DepartmentRecord[]): DepartmentRow[] {
  const rows = new Map<string, DepartmentRow>();
  const row = (canonical: string): DepartmentRow => {
    let r = rows.get(canonical);
    if (!r) rows.set(canonical, (r = { canonical, aliases: [], generic: false, obligations: 0, submissions: 0 }));
    return r;
  };
  const addAlias = (alias: string, canonical: string) => {
    const r = row(canonical);
    if (alias !== canonical && !r.aliases.includes(alias)) r.aliases.push(alias);
  };
  for (const { policy } of readings) {
    for (const m of policy.measures) {
      for (const d of [...m.lead, ...m.support]) row(d).obligations += 1;
      for (const g of m.generic) row(g).generic = true;
    }
  }
  for (const { policy } of readings) for (const a of policy.aliases ?? []) if (rows.has(a.canonical)) addAlias(a.alias, a.canonical);
  // A report that answers two policies is one report of its department.
  const counted = new Set<string>();
  for (const { policy, submissions, directory, name = (n: string) => n } of readings) {
    const place = placeFromIssuer(policy.issuer) ?? undefined;
    for (const s of submissions) {
      for (const d of bodiesAnsweredFor(s)) {
        const key = `${s.documentId}|${d}`;
        if (counted.has(key)) continue;
        counted.add(key);
        row(d).submissions += 1;
      }
      for (const raw of s.rawDepartments) addAlias(raw, name(canonicalDepartment(raw, directory, place)));
    }
  }
  for (const u of userRecords) {
    const r = row(u.canonical);
    if (u.generic) r.generic = true;
    for (const a of u.aliases) addAlias(a, u.canonical);
  }
  // A name the workspace writes with its place (place-names) is no body of its own where every policy places it.
  const placedAway = new Set<string>();
  for (const { readAs = [], name } of readings) if (name) for (const d of readAs) if (name(d) !== d) placedAway.add(d);
  // A name folded away by a merge is an alias now, not a row of its own.
  const idle = (r: DepartmentRow) => r.obligations === 0 && r.submissions === 0 && !r.generic && r.aliases.length === 0;
  for (const [name, r] of rows) if (idle(r) && (placedAway.has(name) || userRecords.every((u) => u.canonical !== name))) rows.delete(name);
  for (const r of rows.values()) r.aliases.sort((a, b) => a.localeCompare(b, 'zh-CN'));
  return [...rows.values()].sort((a, b) => Number(a.generic) - Number(b.generic) || b.obligations - a.obligations || a.canonical.localeCompare(b.canonical, 'zh-CN'));
}
