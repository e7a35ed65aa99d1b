// What a correction's typed department names mean against the ledger's: a name the ledger has is taken as it is;
// a short form of one (区人社局 for 区人力资源和社会保障局) is pointed at the ledger's name, since saved as typed it
// would make a second row for the same body; anything else is said to be new, so a slip (区人设局) is seen before it
// becomes a department. And the suggestions a list field offers: the names the field already holds, then one more.
import { canonicalDepartment, defaultDirectory, normalizeDepartmentName } from '../extract/departments';

export interface TypedDepartment {
  name: string;
  /** The ledger's name for the same body, where the typed one is a short form of it. */
  ledgerName: string | null;
}

/** The typed names the ledger does not have, each with the ledger's name for it where there is one. */
export function unknownDepartments(typed: readonly string[], ledger: readonly string[]): TypedDepartment[] {
  const known = new Set(ledger);
  const directory = defaultDirectory();
  const byBody = new Map(ledger.map((name) => [canonicalDepartment(name, directory), name]));
  const seen = new Set<string>();
  const out: TypedDepartment[] = [];
  for (const raw of typed) {
    const name = normalizeDepartmentName(raw);
    if (!name || known.has(name) || seen.has(name)) continue;
    seen.add(name);
    const ledgerName = byBody.get(canonicalDepartment(name, directory)) ?? null;
    out.push({ name, ledgerName: ledgerName !== name ? ledgerName : null });
  }
  return out;
}

// What separates the names of a list field, as the correction reads them (顿号, commas, semicolons).
const SEPARATOR = /[、，,；;]/u;

/**
 * The choices a list field offers as its text is typed: each ledger name not yet in the field, written after the
 * names already there (区民政局、区财政局 while 区民政局、 is typed), so picking one adds it instead of replacing the list.
 */
export function listFieldChoices(text: string, ledger: readonly string[]): string[] {
  const cut = Math.max(-1, ...[...text].map((c, i) => (SEPARATOR.test(c) ? i : -1)));
  const head = cut >= 0 ? `${text.slice(0, cut).replace(/[、，,；;\s]+$/u, '')}、` : '';
  const taken = new Set(head.split(SEPARATOR).map((s) => s.trim()).filter(Boolean));
  return ledger.filter((name) => !taken.has(name)).map((name) => `${head}${name}`);
}
