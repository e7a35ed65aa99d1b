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
