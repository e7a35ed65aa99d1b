// Repository: the office's corrections to a policy's ledger (per policy and measure number, and the policy's
// metadata) and to reports (per file hash).
import type { LedgerCorrections, MeasureCorrection, PolicyMetaCorrection } from '../../shared/corrections/ledger';
import type { ReportCorrection } from '../../shared/corrections/report';
import type { Db } from './sqlite';
import { stmt } from './statements';

export function getMeasureCorrection(db: Db, policy: number, number: number): MeasureCorrection | null {
  const r = stmt(db, 'SELECT number, read_title AS readTitle, patch FROM measure_corrections WHERE policy_id = ? AND number = ?').get(policy, number) as any;
  return r ? { number: r.number, readTitle: r.readTitle, patch: JSON.parse(r.patch) } : null;
}

export function putMeasureCorrection(db: Db, policy: number, number: number, c: MeasureCorrection | null): void {
  if (!c) stmt(db, 'DELETE FROM measure_corrections WHERE policy_id = ? AND number = ?').run(policy, number);
  else
    stmt(
      db,
      `INSERT INTO measure_corrections (policy_id, number, read_title, patch) VALUES (?, ?, ?, ?)
       ON CONFLICT(policy_id, number) DO UPDATE SET read_title = excluded.read_title, patch = excluded.patch`,
    ).run(policy, number, c.readTitle, JSON.stringify(c.patch));
}

export function getPolicyMeta(db: Db, policy: number): PolicyMetaCorrection {
  const r = stmt(db, 'SELECT value FROM policy_corrections WHERE key = ?').get(`meta:${policy}`) as { value: string } | undefined;
  return r ? JSON.parse(r.value) : {};
}

export function putPolicyMeta(db: Db, policy: number, meta: PolicyMetaCorrection | null): void {
  const key = `meta:${policy}`;
  if (!meta || Object.keys(meta).length === 0) stmt(db, 'DELETE FROM policy_corrections WHERE key = ?').run(key);
  else stmt(db, 'INSERT INTO policy_corrections (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, JSON.stringify(meta));
}

export function loadLedgerCorrections(db: Db, policy: number): LedgerCorrections {
  const rows = stmt(db, 'SELECT number, read_title AS readTitle, patch FROM measure_corrections WHERE policy_id = ? ORDER BY number').all(policy) as any[];
  return { meta: getPolicyMeta(db, policy), measures: rows.map((r) => ({ number: r.number, readTitle: r.readTitle, patch: JSON.parse(r.patch) })) };
}

/** Hands what the office did on one policy (ledger corrections, metadata, decisions, its deadline) to another. */
export function moveLedgerWork(db: Db, from: number, to: number): void {
  stmt(db, 'UPDATE measure_corrections SET policy_id = ? WHERE policy_id = ?').run(to, from);
  stmt(db, 'UPDATE policy_corrections SET key = ? WHERE key = ?').run(`meta:${to}`, `meta:${from}`);
  stmt(db, 'UPDATE decisions SET policy_id = ? WHERE policy_id = ?').run(to, from);
  stmt(db, 'UPDATE settings SET key = ? WHERE key = ?').run(`report-deadline:${to}`, `report-deadline:${from}`);
}

/** Policies the office did something on that are no longer in the workspace. */
export function orphanPolicies(db: Db): number[] {
  const rows = stmt(
    db,
    `SELECT policy_id AS id FROM measure_corrections UNION SELECT policy_id FROM decisions
     UNION SELECT CAST(substr(key, 6) AS INTEGER) FROM policy_corrections WHERE key LIKE 'meta:%'
     UNION SELECT CAST(substr(key, 17) AS INTEGER) FROM settings WHERE key LIKE 'report-deadline:%'`,
  ).all() as { id: number }[];
  const live = new Set((stmt(db, 'SELECT document_id AS id FROM policy_meta').all() as { id: number }[]).map((r) => r.id));
  return rows.map((r) => r.id).filter((id) => !live.has(id));
}

export function getReportCorrection(db: Db, hash: string): ReportCorrection | null {
  const r = stmt(db, 'SELECT patch FROM report_corrections WHERE hash = ?').get(hash) as { patch: string } | undefined;
  return r ? JSON.parse(r.patch) : null;
}

export function putReportCorrection(db: Db, hash: string, c: ReportCorrection | null): void {
  if (!c || Object.keys(c).length === 0) stmt(db, 'DELETE FROM report_corrections WHERE hash = ?').run(hash);
  else stmt(db, 'INSERT INTO report_corrections (hash, patch) VALUES (?, ?) ON CONFLICT(hash) DO UPDATE SET patch = excluded.patch').run(hash, JSON.stringify(c));
}

/** The office's corrections to the reports in the workspace, by the report's document id. */
export function reportCorrectionsByDocument(db: Db): Map<number, ReportCorrection> {
  const rows = stmt(db, 'SELECT d.id, c.patch FROM report_corrections c JOIN documents d ON d.hash = c.hash').all() as { id: number; patch: string }[];
  return new Map(rows.map((r) => [r.id, JSON.parse(r.patch)]));
}

export function allReportCorrections(db: Db): Map<string, ReportCorrection> {
  const rows = stmt(db, 'SELECT hash, patch FROM report_corrections').all() as { hash: string; patch: string }[];
  return new Map(rows.map((r) => [r.hash, JSON.parse(r.patch)]));
}
