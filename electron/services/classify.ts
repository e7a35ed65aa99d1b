// Telling a policy from a department's report when the user did not say which it is.
import type { PolicyExtract } from '../../shared/types';

/** A policy assigns numbered measures to departments: most of its measures carry a responsibility clause. */
export function classifyPolicy(extract: PolicyExtract): boolean {
  const assigned = extract.measures.filter((m) => m.responsibilityText || m.lead.length || m.support.length || m.generic.length);
  return assigned.length >= 3 && assigned.length >= extract.measures.length / 2;
}
