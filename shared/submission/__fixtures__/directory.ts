// The directory the Node side would hold after reading the policy: the default table, plus the policy's
// own spelling of each body as its canonical name (区市场监管局 rather than the table's full form).
import { canonicalDepartment, defaultDirectory, placeFromIssuer } from '../../extract/departments';
import type { DepartmentDirectory, PolicyExtract } from '../../types';

export function directoryFor(extract: PolicyExtract): DepartmentDirectory {
  const base = defaultDirectory();
  const place = placeFromIssuer(extract.issuer) ?? undefined;
  const derived = extract.departments
    .map((name) => ({ alias: canonicalDepartment(name, base, place), canonical: name }))
    .filter((a) => a.alias !== a.canonical);
  return { aliases: [...base.aliases, ...derived], generic: base.generic };
}
