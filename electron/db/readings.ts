// Repository: each report as read against each policy it answers, with how it was placed on that policy.
import type { Attribution } from '../../shared/portfolio/types';
import type { SubmissionAnalysis } from '../../shared/types';
import type { Db } from './sqlite';
import { stmt } from './statements';

export interface StoredReading {
  documentId: number;
  /** The report file's hash, which keys the office's corrections to it. */
  hash: string;
  attribution: Attribution;
  analysis: SubmissionAnalysis;
}

function toReading(r: { documentId: number; hash: string; policy: number; basis: Attribution['basis']; evidence: string; analysis: string }): StoredReading {
  return { documentId: r.documentId, hash: r.hash, attribution: { policy: r.policy, basis: r.basis, evidence: r.evidence }, analysis: JSON.parse(r.analysis) };
}

const SELECT = `SELECT r.document_id AS documentId, d.hash, r.policy_id AS policy, r.basis, r.evidence, r.analysis
  FROM report_readings r JOIN documents d ON d.id = r.document_id`;

/**
 * Every reading against a policy, without the reports' hashes: fetching those reads every report's row (its text
 * beside it), the better part of loading a policy with thousands of reports.
 */
export function readingsForPolicy(db: Db, policy: number): Omit<StoredReading, 'hash'>[] {
  const rows = stmt(db, 'SELECT document_id AS documentId, policy_id AS policy, basis, evidence, analysis FROM report_readings WHERE policy_id = ? ORDER BY document_id').all(policy) as any[];
  return rows.map((r) => ({ documentId: r.documentId, attribution: { policy: r.policy, basis: r.basis, evidence: r.evidence }, analysis: JSON.parse(r.analysis) }));
}

export function readingsForDocument(db: Db, documentId: number): StoredReading[] {
  return (stmt(db, `${SELECT} WHERE r.document_id = ? ORDER BY r.policy_id`).all(documentId) as any[]).map(toReading);
}

/** The reports read against a policy (document ids), without reading their analyses. */
export function reportsReadAgainst(db: Db, policy: number): number[] {
  return (stmt(db, 'SELECT document_id AS id FROM report_readings WHERE policy_id = ? ORDER BY document_id').all(policy) as { id: number }[]).map((r) => r.id);
}

/** Replaces what a report answers: one reading per policy it is placed on (none: it answers no policy). */
export function setReadings(db: Db, documentId: number, readings: { attribution: Attribution; analysis: SubmissionAnalysis }[]): void {
  stmt(db, 'DELETE FROM report_readings WHERE document_id = ?').run(documentId);
  const put = stmt(db, 'INSERT INTO report_readings (document_id, policy_id, basis, evidence, analysis) VALUES (?, ?, ?, ?, ?)');
  for (const { attribution: a, analysis } of readings) put.run(documentId, a.policy, a.basis, a.evidence, JSON.stringify(analysis));
}

/** Forgets every reading against a policy (it was removed or is read again). */
export function clearPolicyReadings(db: Db, policy: number): void {
  stmt(db, 'DELETE FROM report_readings WHERE policy_id = ?').run(policy);
}
