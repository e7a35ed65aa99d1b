// What is wrong with the reading of one keyed real report (index.json): a body of the key not found, a body found that
// the key does not hold, a date other than the key's. Empty when who reports and when are read right.
import type { SubmissionParagraph } from '../../types';
import { defaultDirectory, normalizeDepartmentName } from '../../../extract/departments';
import { detectDate } from '../../detect-date';
import { detectDepartments } from '../../detect-departments';

export interface ReportKey {
  /** Each body reporting, in any of its forms. */
  departments: string[][];
  date: string | null;
}

export function misreading(paragraphs: SubmissionParagraph[], expected: ReportKey, importDateForUndated: string): string[] {
  const found = detectDepartments(paragraphs, { directory: defaultDirectory(), policyDepartments: [] });
  const date = detectDate(paragraphs, importDateForUndated);
  const norm = (n: string) => normalizeDepartmentName(n);
  const names = new Set([...found.departments, ...found.rawDepartments].map(norm));
  const problems: string[] = [];
  for (const forms of expected.departments) if (!forms.some((f) => names.has(norm(f)))) problems.push(`缺少 ${forms[0]}`);
  for (const d of found.departments) if (!expected.departments.some((forms) => forms.some((f) => norm(f) === norm(d)))) problems.push(`多出 ${d}`);
  const got = date.dateSource === 'import' ? null : date.date;
  if (got !== expected.date) problems.push(`日期 ${got ?? '无'}，应为 ${expected.date ?? '无'}`);
  return problems;
}
