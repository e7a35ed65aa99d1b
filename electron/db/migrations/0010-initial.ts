import type { Db } from '../sqlite';

export function up(db: Db): void {
  db.exec(`
    CREATE TABLE documents (
      id INTEGER PRIMARY KEY,
      role TEXT NOT NULL CHECK (role IN ('policy', 'submission')),
      file_name TEXT NOT NULL,
      path TEXT NOT NULL,
      format TEXT NOT NULL,
      size INTEGER NOT NULL,
      hash TEXT NOT NULL UNIQUE,
      page_count INTEGER,
      encoding TEXT,
      text TEXT NOT NULL,
      warnings TEXT NOT NULL DEFAULT '[]',
      imported_at TEXT NOT NULL,
      import_date TEXT NOT NULL,
      -- submissions: the analysis as JSON (departments raw and folded, date, links), recomputed when the policy or aliases change
      analysis TEXT
    );
    CREATE TABLE paragraphs (
      id INTEGER PRIMARY KEY,
      document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
      idx INTEGER NOT NULL,
      text TEXT NOT NULL,
      start INTEGER NOT NULL,
      end INTEGER NOT NULL,
      page INTEGER,
      bold INTEGER NOT NULL DEFAULT 0,
      heading INTEGER NOT NULL DEFAULT 0,
      tokens TEXT NOT NULL DEFAULT '',
      UNIQUE (document_id, idx)
    );
    -- jieba terms joined by spaces: FTS5's own tokenizer would take a run of Chinese as one token
    CREATE VIRTUAL TABLE paragraphs_fts USING fts5(terms, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0');

    CREATE TABLE measures (
      id INTEGER PRIMARY KEY,
      document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
      number INTEGER NOT NULL,
      label TEXT NOT NULL,
      section TEXT,
      title TEXT NOT NULL,
      text TEXT NOT NULL,
      responsibility_text TEXT,
      joint INTEGER NOT NULL DEFAULT 0,
      raw_departments TEXT NOT NULL DEFAULT '[]',
      generic TEXT NOT NULL DEFAULT '[]',
      paragraphs TEXT NOT NULL DEFAULT '[]',
      UNIQUE (document_id, number)
    );
    CREATE TABLE sections (
      document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      number TEXT NOT NULL,
      title TEXT NOT NULL,
      PRIMARY KEY (document_id, position)
    );
    CREATE TABLE policy_meta (
      document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
      title TEXT NOT NULL,
      doc_number TEXT,
      issuer TEXT,
      issued_on TEXT,
      printed_on TEXT,
      warnings TEXT NOT NULL DEFAULT '[]'
    );
    CREATE TABLE departments (
      id INTEGER PRIMARY KEY,
      canonical TEXT NOT NULL UNIQUE,
      generic INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE department_aliases (
      alias TEXT PRIMARY KEY,
      department_id INTEGER NOT NULL REFERENCES departments(id) ON DELETE CASCADE,
      -- 'default' entries ship with the app; 'user' entries come from merges and splits
      origin TEXT NOT NULL DEFAULT 'user'
    );
    CREATE TABLE responsibilities (
      measure_id INTEGER NOT NULL REFERENCES measures(id) ON DELETE CASCADE,
      department_id INTEGER NOT NULL REFERENCES departments(id) ON DELETE CASCADE,
      role TEXT NOT NULL CHECK (role IN ('lead', 'support', 'joint')),
      PRIMARY KEY (measure_id, department_id)
    );
    CREATE TABLE deadlines (
      id INTEGER PRIMARY KEY,
      measure_id INTEGER NOT NULL REFERENCES measures(id) ON DELETE CASCADE,
      text TEXT NOT NULL,
      date TEXT,
      kind TEXT NOT NULL,
      before_issue INTEGER NOT NULL DEFAULT 0,
      detail TEXT NOT NULL DEFAULT '{}'
    );
    CREATE TABLE targets (
      id INTEGER PRIMARY KEY,
      measure_id INTEGER NOT NULL REFERENCES measures(id) ON DELETE CASCADE,
      text TEXT NOT NULL,
      value REAL NOT NULL,
      unit TEXT NOT NULL,
      comparison TEXT NOT NULL,
      detail TEXT NOT NULL DEFAULT '{}'
    );
    CREATE TABLE settings (
      key TEXT PRIMARY KEY,
      value TEXT
    );
    CREATE INDEX paragraphs_document ON paragraphs(document_id);
    CREATE INDEX measures_document ON measures(document_id);
    CREATE INDEX responsibilities_department ON responsibilities(department_id);
  `);
}
