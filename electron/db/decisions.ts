// Repository: the office's decisions on obligations (办结, 延期, 免报, 退回, notes).
import type { Decision } from '../../shared/types';
import type { Db } from './sqlite';
import { stmt } from './statements';

const COLUMNS = `id, policy_id AS policy, measure, department, period, kind, date, note, new_due AS newDue, approver, measure_title AS measureTitle`;

export function listDecisions(db: Db, policy?: number): Decision[] {
  if (policy === undefined) return stmt(db, `SELECT ${COLUMNS} FROM decisions ORDER BY id`).all() as Decision[];
  return stmt(db, `SELECT ${COLUMNS} FROM decisions WHERE policy_id = ? ORDER BY id`).all(policy) as Decision[];
}

export function getDecision(db: Db, id: number): Decision | null {
  return (stmt(db, `SELECT ${COLUMNS} FROM decisions WHERE id = ?`).get(id) as Decision | undefined) ?? null;
}

/** Writes a decision under its id (a new one, or one brought back by an undo). */
export function putDecision(db: Db, d: Decision): void {
  stmt(
    db,
    `INSERT INTO decisions (id, policy_id, measure, department, period, kind, date, note, new_due, approver, measure_title)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT(id) DO UPDATE SET policy_id = excluded.policy_id, measure = excluded.measure, department = excluded.department, period = excluded.period,
       kind = excluded.kind, date = excluded.date, note = excluded.note, new_due = excluded.new_due,
       approver = excluded.approver, measure_title = excluded.measure_title`,
  ).run(d.id, d.policy ?? 0, d.measure, d.department, d.period, d.kind, d.date, d.note, d.newDue, d.approver, d.measureTitle);
}

export function deleteDecision(db: Db, id: number): void {
  stmt(db, 'DELETE FROM decisions WHERE id = ?').run(id);
}

export function insertDecision(db: Db, d: Omit<Decision, 'id'>): number {
  const info = stmt(
    db,
    `INSERT INTO decisions (policy_id, measure, department, period, kind, date, note, new_due, approver, measure_title) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(d.policy ?? 0, d.measure, d.department, d.period, d.kind, d.date, d.note, d.newDue, d.approver, d.measureTitle);
  return Number(info.lastInsertRowid);
}
