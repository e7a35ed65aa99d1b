import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openDatabase } from './sqlite';
import { DatabaseTooNewError, latestVersion } from './migrate';

const tempFile = () => join(mkdtempSync(join(tmpdir(), 'luoshi-db-')), 'w.sqlite');

describe('migrations', () => {
  it('creates the schema, sets user_version, WAL and foreign keys', () => {
    const file = tempFile();
    const db = openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion());
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table') ORDER BY name").all() as { name: string }[]).map((r) => r.name);
    expect(tables).toEqual(expect.arrayContaining(['documents', 'paragraphs', 'paragraphs_fts', 'measures', 'departments', 'department_aliases', 'responsibilities', 'deadlines', 'targets', 'settings']));
    db.close();
  });

  it('is idempotent when reopened', () => {
    const file = tempFile();
    openDatabase(file).close();
    const db = openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion());
    db.close();
  });

  it('refuses a database made by a newer version', () => {
    const file = tempFile();
    const raw = new Database(file);
    raw.pragma(`user_version = ${latestVersion() + 10}`);
    raw.close();
    expect(() => openDatabase(file)).toThrow(DatabaseTooNewError);
  });

  it('indexes segmented terms so that a two-character word is found', () => {
    const db = openDatabase(':memory:');
    db.prepare("INSERT INTO paragraphs_fts (rowid, terms) VALUES (1, '推进 养老 机构 养老机构 改革')").run();
    const hit = db.prepare("SELECT rowid FROM paragraphs_fts WHERE paragraphs_fts MATCH '\"养老\"'").all();
    expect(hit).toHaveLength(1);
    db.close();
  });
});
