// The better-sqlite3 adapter: opening a workspace file with the settings every connection needs.
import Database from 'better-sqlite3';
import { runMigrations } from './migrate';

export type Db = Database.Database;

export function openDatabase(file: string): Db {
  const db = new Database(file);
  if (file !== ':memory:') db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('synchronous = NORMAL');
  runMigrations(db);
  return db;
}
