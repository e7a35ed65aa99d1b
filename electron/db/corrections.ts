// Repository: the office's corrections to the ledger (per measure number, and the policy's metadata) and
// to reports (per file hash).
import type { LedgerCorrections, MeasureCorrection, PolicyMetaCorrection } from '../../shared/corrections/ledger';
import type { ReportCorrection } from '../../shared/corrections/report';
import type { Db } from './sqlite';
import { stmt } from './statements';

export function getMeasureCorrection(db: Db, number: number): MeasureCorrection | null {
  const r = stmt(db, 'SELECT number, read_title AS readTitle, patch FROM measure_corrections WHERE number = ?').get(number) as any;
  return r ? { number: r.number, readTitle: r.readTitle, patch: JSON.parse(r.patch) } : null;
}

export function putMeasureCorrection(db: Db, number: number, c: MeasureCorrection | null): void {
  if (!c) stmt(db, 'DELETE FROM measure_corrections WHERE number = ?').run(number);
  else
    stmt(db, 'INSERT INTO measure_corrections (number, read_title, patch) VALUES (?, ?, ?) ON CONFLICT(number) DO UPDATE SET read_title = excluded.read_title, patch = excluded.patch').run(
      number,
      c.readTitle,
      JSON.stringify(c.patch),
    );
}

export function getPolicyMeta(db: Db): PolicyMetaCorrection {
  const r = stmt(db, "SELECT value FROM policy_corrections WHERE key = 'meta'").get() as { value: string } | undefined;
  return r ? JSON.parse(r.value) : {};
}

export function putPolicyMeta(db: Db, meta: PolicyMetaCorrection | null): void {
  if (!meta || Object.keys(meta).length === 0) stmt(db, "DELETE FROM policy_corrections WHERE key = 'meta'").run();
  else stmt(db, "INSERT INTO policy_corrections (key, value) VALUES ('meta', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value").run(JSON.stringify(meta));
}

export function loadLedgerCorrections(db: Db): LedgerCorrections {
  const rows = stmt(db, 'SELECT number, read_title AS readTitle, patch FROM measure_corrections ORDER BY number').all() as any[];
  return { meta: getPolicyMeta(db), measures: rows.map((r) => ({ number: r.number, readTitle: r.readTitle, patch: JSON.parse(r.patch) })) };
}

export function getReportCorrection(db: Db, hash: string): ReportCorrection | null {
  const r = stmt(db, 'SELECT patch FROM report_corrections WHERE hash = ?').get(hash) as { patch: string } | undefined;
  return r ? JSON.parse(r.patch) : null;
}

export function putReportCorrection(db: Db, hash: string, c: ReportCorrection | null): void {
  if (!c || Object.keys(c).length === 0) stmt(db, 'DELETE FROM report_corrections WHERE hash = ?').run(hash);
  else stmt(db, 'INSERT INTO report_corrections (hash, patch) VALUES (?, ?) ON CONFLICT(hash) DO UPDATE SET patch = excluded.patch').run(hash, JSON.stringify(c));
}

export function allReportCorrections(db: Db): Map<string, ReportCorrection> {
  const rows = stmt(db, 'SELECT hash, patch FROM report_corrections').all() as { hash: string; patch: string }[];
  return new Map(rows.map((r) => [r.hash, JSON.parse(r.patch)]));
}
