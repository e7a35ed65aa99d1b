// Repository: departments, their aliases and the generic-actor marks; the directory every folding step reads.
import type { DepartmentDirectory } from '../../shared/types';
import type { Db } from './sqlite';
import { stmt } from './statements';

// Only the user's own choices are stored; the shipped defaults and what a policy implies are applied on top.
export type AliasOrigin = 'user';

export function ensureDepartment(db: Db, canonical: string): number {
  stmt(db, 'INSERT OR IGNORE INTO departments (canonical) VALUES (?)').run(canonical);
  return (stmt(db, 'SELECT id FROM departments WHERE canonical = ?').get(canonical) as { id: number }).id;
}

export function loadDirectory(db: Db): DepartmentDirectory {
  const aliases = stmt(db, `SELECT a.alias, d.canonical FROM department_aliases a JOIN departments d ON d.id = a.department_id ORDER BY a.alias`).all() as DepartmentDirectory['aliases'];
  const generic = (stmt(db, 'SELECT canonical FROM departments WHERE generic = 1 ORDER BY canonical').all() as { canonical: string }[]).map((r) => r.canonical);
  return { aliases, generic };
}

/** Points `alias` at `canonical`. */
export function setAlias(db: Db, alias: string, canonical: string, origin: AliasOrigin): void {
  const id = ensureDepartment(db, canonical);
  stmt(db, 'INSERT INTO department_aliases (alias, department_id, origin) VALUES (?, ?, ?) ON CONFLICT(alias) DO UPDATE SET department_id = excluded.department_id, origin = excluded.origin').run(alias, id, origin);
}

export function setGenericFlag(db: Db, name: string, generic: boolean): void {
  const id = ensureDepartment(db, name);
  stmt(db, 'UPDATE departments SET generic = ? WHERE id = ?').run(generic ? 1 : 0, id);
}

export interface DepartmentRecord {
  canonical: string;
  generic: boolean;
  aliases: string[];
}

export function listDepartmentRecords(db: Db): DepartmentRecord[] {
  const rows = stmt(db, `SELECT d.canonical, d.generic, group_concat(a.alias, char(31)) AS aliases
    FROM departments d LEFT JOIN department_aliases a ON a.department_id = d.id GROUP BY d.id ORDER BY d.canonical`).all() as any[];
  return rows.map((r) => ({
    canonical: r.canonical,
    generic: !!r.generic,
    aliases: r.aliases ? (r.aliases as string).split('\u001f').filter((a) => a !== r.canonical).sort() : [],
  }));
}

/** Folds `from` (a canonical name or an alias) into `into`. */
export function mergeDepartment(db: Db, from: string, into: string): void {
  if (from !== into) setAlias(db, from, into, 'user');
}

/** Makes an alias a department of its own. */
export function splitAliasRow(db: Db, alias: string): void {
  setAlias(db, alias, alias, 'user');
}

export function pruneUnusedDepartments(db: Db): void {
  stmt(db, `DELETE FROM departments WHERE generic = 0
    AND id NOT IN (SELECT department_id FROM department_aliases)
    AND id NOT IN (SELECT department_id FROM responsibilities)`).run();
}
