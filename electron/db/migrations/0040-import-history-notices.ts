import type { Db } from '../sqlite';

// What the office did with the workspace, kept with it: every import batch with each file's outcome, and every
// reminder notice sent (to whom, when, for which measures), so a later notice can say it was chased before.
// IF NOT EXISTS: a workspace whose version number was set back runs this again without harm.
export function up(db: Db): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS import_batches (
      id INTEGER PRIMARY KEY,
      started_at TEXT NOT NULL,
      finished_at TEXT NOT NULL,
      role TEXT NOT NULL,
      total INTEGER NOT NULL,
      imported INTEGER NOT NULL,
      failed INTEGER NOT NULL
    );
    CREATE TABLE IF NOT EXISTS import_batch_files (
      batch_id INTEGER NOT NULL REFERENCES import_batches(id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      file TEXT NOT NULL,
      ok INTEGER NOT NULL,
      duplicate INTEGER NOT NULL DEFAULT 0,
      role TEXT,
      error TEXT,
      warnings TEXT NOT NULL DEFAULT '[]',
      PRIMARY KEY (batch_id, position)
    );
    CREATE TABLE IF NOT EXISTS notices_sent (
      id INTEGER PRIMARY KEY,
      sent_at TEXT NOT NULL,
      sent_on TEXT NOT NULL,
      as_of TEXT NOT NULL,
      reply_by TEXT NOT NULL,
      department TEXT NOT NULL,
      file TEXT
    );
    CREATE INDEX IF NOT EXISTS notices_sent_department ON notices_sent (department, sent_on);
    CREATE TABLE IF NOT EXISTS notice_items (
      notice_id INTEGER NOT NULL REFERENCES notices_sent(id) ON DELETE CASCADE,
      measure INTEGER NOT NULL,
      status TEXT NOT NULL,
      due TEXT NOT NULL,
      PRIMARY KEY (notice_id, measure)
    );
  `);
}
