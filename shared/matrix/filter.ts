// Narrowing a compliance result to the departments, sections and statuses the user picked.
import type { ComplianceResult, PolicyExtract } from '../types';
import type { MatrixFilter } from '../views';

export function filterCompliance(result: ComplianceResult, policy: PolicyExtract, filter: MatrixFilter): ComplianceResult {
  const sectionOf = new Map(policy.measures.map((m) => [m.number, m.section]));
  const departments = filter.departments?.length ? new Set(filter.departments) : null;
  const sections = filter.sections?.length ? new Set(filter.sections) : null;
  const statuses = filter.statuses?.length ? new Set(filter.statuses) : null;
  return {
    ...result,
    obligations: result.obligations.filter(
      (o) =>
        (!departments || departments.has(o.department)) &&
        (!sections || sections.has(sectionOf.get(o.measure) ?? '')) &&
        (!statuses || statuses.has(o.status)),
    ),
  };
}
