// Repository: the import history and the record of reminder notices sent.
import type { ImportBatchRecord, NoticeItem, NoticeRecord } from '../../shared/records';
import type { ImportFileResult } from '../../shared/views';
import type { Db } from './sqlite';
import { stmt } from './statements';

export function insertImportBatch(db: Db, batch: Omit<ImportBatchRecord, 'id'>): number {
  return db.transaction(() => {
    const { lastInsertRowid } = stmt(
      db,
      'INSERT INTO import_batches (started_at, finished_at, role, total, imported, failed) VALUES (?, ?, ?, ?, ?, ?)',
    ).run(batch.startedAt, batch.finishedAt, batch.role, batch.total, batch.imported, batch.failed);
    const id = Number(lastInsertRowid);
    const file = stmt(
      db,
      'INSERT INTO import_batch_files (batch_id, position, file, ok, duplicate, role, error, warnings) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    batch.files.forEach((f, i) =>
      file.run(id, i, f.file, f.ok ? 1 : 0, f.duplicate ? 1 : 0, f.role ?? null, f.error ? JSON.stringify(f.error) : null, JSON.stringify(f.warnings ?? [])),
    );
    return id;
  })();
}

interface BatchRow {
  id: number;
  started_at: string;
  finished_at: string;
  role: ImportBatchRecord['role'];
  total: number;
  imported: number;
  failed: number;
}

interface FileRow {
  batch_id: number;
  file: string;
  ok: number;
  duplicate: number;
  role: ImportFileResult['role'] | null;
  error: string | null;
  warnings: string;
}

/** Newest first. */
export function listImportBatches(db: Db, limit = 50): ImportBatchRecord[] {
  const batches = stmt(db, 'SELECT * FROM import_batches ORDER BY id DESC LIMIT ?').all(limit) as BatchRow[];
  if (batches.length === 0) return [];
  const files = stmt(db, 'SELECT * FROM import_batch_files WHERE batch_id >= ? ORDER BY batch_id, position').all(
    batches[batches.length - 1].id,
  ) as FileRow[];
  const byBatch = new Map<number, ImportFileResult[]>();
  for (const f of files) {
    const result: ImportFileResult = { file: f.file, ok: f.ok === 1 };
    if (f.duplicate) result.duplicate = true;
    if (f.role) result.role = f.role;
    if (f.error) result.error = JSON.parse(f.error) as ImportFileResult['error'];
    const warnings = JSON.parse(f.warnings) as string[];
    if (warnings.length) result.warnings = warnings;
    byBatch.set(f.batch_id, [...(byBatch.get(f.batch_id) ?? []), result]);
  }
  return batches.map((b) => ({
    id: b.id,
    startedAt: b.started_at,
    finishedAt: b.finished_at,
    role: b.role,
    total: b.total,
    imported: b.imported,
    failed: b.failed,
    files: byBatch.get(b.id) ?? [],
  }));
}

export function insertNotice(db: Db, notice: Omit<NoticeRecord, 'id'>): number {
  return db.transaction(() => {
    const { lastInsertRowid } = stmt(
      db,
      'INSERT INTO notices_sent (sent_at, sent_on, as_of, reply_by, department, file) VALUES (?, ?, ?, ?, ?, ?)',
    ).run(notice.sentAt, notice.sentOn, notice.asOf, notice.replyBy, notice.department, notice.file);
    const id = Number(lastInsertRowid);
    const item = stmt(db, 'INSERT INTO notice_items (notice_id, policy_id, measure, status, due) VALUES (?, ?, ?, ?, ?)');
    for (const i of notice.items) item.run(id, i.policy ?? 0, i.measure, i.status, i.due);
    return id;
  })();
}

interface NoticeRow {
  id: number;
  sent_at: string;
  sent_on: string;
  as_of: string;
  reply_by: string;
  department: string;
  file: string | null;
}

/** Newest first. */
export function listNotices(db: Db, limit = 500): NoticeRecord[] {
  const rows = stmt(db, 'SELECT * FROM notices_sent ORDER BY id DESC LIMIT ?').all(limit) as NoticeRow[];
  const items = stmt(db, 'SELECT notice_id, policy_id AS policy, measure, status, due FROM notice_items ORDER BY notice_id, policy_id, measure').all() as (NoticeItem & {
    notice_id: number;
  })[];
  const byNotice = new Map<number, NoticeItem[]>();
  // policy 0: a notice recorded in a workspace that had no policy then
  for (const { notice_id, policy, ...item } of items) byNotice.set(notice_id, [...(byNotice.get(notice_id) ?? []), policy ? { policy, ...item } : item]);
  return rows.map((r) => ({
    id: r.id,
    sentAt: r.sent_at,
    sentOn: r.sent_on,
    asOf: r.as_of,
    replyBy: r.reply_by,
    department: r.department,
    file: r.file,
    items: byNotice.get(r.id) ?? [],
  }));
}

/** department → measure → the days it was chased on, earliest first, for one policy's measures. */
export function chasedDates(db: Db, policy: number): Map<string, Map<number, string[]>> {
  const rows = stmt(
    db,
    'SELECT n.department, i.measure, n.sent_on FROM notices_sent n JOIN notice_items i ON i.notice_id = n.id WHERE i.policy_id = ? ORDER BY n.sent_on, n.id',
  ).all(policy) as { department: string; measure: number; sent_on: string }[];
  const out = new Map<string, Map<number, string[]>>();
  for (const r of rows) {
    const forDept = out.get(r.department) ?? new Map<number, string[]>();
    out.set(r.department, forDept);
    const dates = forDept.get(r.measure) ?? [];
    if (!dates.includes(r.sent_on)) dates.push(r.sent_on);
    forDept.set(r.measure, dates);
  }
  return out;
}
