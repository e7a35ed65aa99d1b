// Repository: workspace settings as key/value rows.
import type { Db } from './sqlite';
import { stmt } from './statements';

export function getSetting(db: Db, key: string): string | null {
  const r = stmt(db, 'SELECT value FROM settings WHERE key = ?').get(key) as { value: string | null } | undefined;
  return r?.value ?? null;
}

export function setSetting(db: Db, key: string, value: string | null): void {
  stmt(db, 'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
}

/** A setting that holds a list of ids (written as JSON by setIdList); empty when absent. */
export function getIdList(db: Db, key: string): number[] {
  const v = getSetting(db, key);
  return v === null ? [] : (JSON.parse(v) as number[]);
}

/** Writes a list of ids to a setting; an empty list takes the setting away. */
export function setIdList(db: Db, key: string, ids: number[]): void {
  setSetting(db, key, ids.length > 0 ? JSON.stringify(ids) : null);
}
