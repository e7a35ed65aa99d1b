// Repository: the journal, an append-only table of every change (the triggers refuse updates and deletes).
import type { JournalEntry, JournalFilter, JournalKind } from '../../shared/views';
import type { Db } from './sqlite';
import { stmt } from './statements';

export type Slots = Record<string, unknown>;

export interface NewEntry {
  at: string;
  who: string;
  kind: JournalKind;
  summary: string;
  measure?: number | null;
  department?: string | null;
  /** The policy (document id) the change is about, where it is about one. */
  policy?: number | null;
  before: Slots;
  after: Slots;
  undoes?: number | null;
}

export function appendEntry(db: Db, e: NewEntry): number {
  const info = stmt(
    db,
    'INSERT INTO journal (at, who, kind, summary, measure, department, policy, before, after, undoes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  ).run(e.at, e.who, e.kind, e.summary, e.measure ?? null, e.department ?? null, e.policy ?? null, JSON.stringify(e.before), JSON.stringify(e.after), e.undoes ?? null);
  return Number(info.lastInsertRowid);
}

/** An entry as stored: what the listing adds (whether it was undone, whether it can be) left out. */
export type StoredEntry = Omit<JournalEntry, 'undoneBy' | 'undoable' | 'blockedBy'>;

function toEntry(r: any): StoredEntry {
  return { ...r, before: JSON.parse(r.before), after: JSON.parse(r.after) };
}

const COLUMNS = 'id, at, who, kind, summary, measure, department, policy, before, after, undoes';

export function allEntries(db: Db): StoredEntry[] {
  return (stmt(db, `SELECT ${COLUMNS} FROM journal ORDER BY id`).all() as any[]).map(toEntry);
}

export function getEntry(db: Db, id: number): StoredEntry | null {
  const r = stmt(db, `SELECT ${COLUMNS} FROM journal WHERE id = ?`).get(id);
  return r ? toEntry(r) : null;
}

/** Whether an entry passes the filter (used on the entries already read, newest first). */
export function matches(e: Pick<JournalEntry, 'kind' | 'measure' | 'department' | 'at' | 'policy'>, f: JournalFilter): boolean {
  if (f.kinds?.length && !f.kinds.includes(e.kind)) return false;
  // entries from before the portfolio name no policy; they were about the workspace's one policy
  if (f.policy !== undefined && e.policy !== null && e.policy !== f.policy) return false;
  if (f.measure !== undefined && e.measure !== f.measure) return false;
  if (f.department !== undefined && e.department !== f.department) return false;
  if (f.from && e.at.slice(0, 10) < f.from) return false;
  if (f.to && e.at.slice(0, 10) > f.to) return false;
  return true;
}
