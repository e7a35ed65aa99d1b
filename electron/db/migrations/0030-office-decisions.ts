import type { Db } from '../sqlite';

// The office's own work, kept apart from what was read so that re-reading never loses it:
// corrections to the ledger and to reports, decisions on obligations, and the journal of every change.
// Existing workspaces gain empty tables; the journal opens with one entry per document already imported.
export function up(db: Db): void {
  db.exec(`
    CREATE TABLE journal (
      id INTEGER PRIMARY KEY,
      at TEXT NOT NULL,
      who TEXT NOT NULL,
      kind TEXT NOT NULL,
      summary TEXT NOT NULL,
      measure INTEGER,
      department TEXT,
      -- JSON: { slot: value } of everything the change touched, before and after it
      before TEXT NOT NULL,
      after TEXT NOT NULL,
      undoes INTEGER REFERENCES journal(id)
    );
    CREATE INDEX journal_measure ON journal(measure);
    CREATE INDEX journal_department ON journal(department);
    CREATE TRIGGER journal_no_update BEFORE UPDATE ON journal BEGIN SELECT RAISE(ABORT, '操作记录只能追加，不能修改'); END;
    CREATE TRIGGER journal_no_delete BEFORE DELETE ON journal BEGIN SELECT RAISE(ABORT, '操作记录只能追加，不能删除'); END;

    CREATE TABLE measure_corrections (
      number INTEGER PRIMARY KEY,
      read_title TEXT,
      patch TEXT NOT NULL
    );
    CREATE TABLE policy_corrections (
      key TEXT PRIMARY KEY,
      value TEXT
    );
    -- keyed by the file's hash, so a report imported again keeps its corrections
    CREATE TABLE report_corrections (
      hash TEXT PRIMARY KEY,
      patch TEXT NOT NULL
    );
    -- AUTOINCREMENT: an undone decision's id is never given to another, the journal still names it
    CREATE TABLE decisions (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      measure INTEGER NOT NULL,
      department TEXT NOT NULL,
      period TEXT,
      kind TEXT NOT NULL CHECK (kind IN ('closed', 'extended', 'exempt', 'returned', 'note')),
      date TEXT NOT NULL,
      note TEXT,
      new_due TEXT,
      approver TEXT,
      measure_title TEXT
    );
    CREATE INDEX decisions_obligation ON decisions(measure, department);
  `);
  const add = db.prepare(
    `INSERT INTO journal (at, who, kind, summary, before, after) VALUES (?, '', 'import', ?, '{}', ?)`,
  );
  const docs = db.prepare('SELECT id, role, file_name AS fileName, hash, imported_at AS importedAt FROM documents ORDER BY id').all() as {
    id: number;
    role: string;
    fileName: string;
    hash: string;
    importedAt: string;
  }[];
  for (const d of docs) {
    add.run(d.importedAt, `导入${d.role === 'policy' ? '政策文件' : '落实报告'}「${d.fileName}」（升级前导入）`, JSON.stringify({ [`document:${d.id}`]: { hash: d.hash, fileName: d.fileName, role: d.role } }));
  }
}
