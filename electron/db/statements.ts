// Statements are prepared once per connection and reused; parameters are always bound.
import type { Statement } from 'better-sqlite3';
import type { Db } from './sqlite';

const cache = new WeakMap<Db, Map<string, Statement>>();

export function stmt(db: Db, sql: string): Statement {
  let forDb = cache.get(db);
  if (!forDb) cache.set(db, (forDb = new Map()));
  let s = forDb.get(sql);
  if (!s) forDb.set(sql, (s = db.prepare(sql)));
  return s;
}
