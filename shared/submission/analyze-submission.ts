// One department report → who sent it, when, and which measures it answers.
import { placeFromIssuer } from '../extract/departments';
import { citeMeasureList } from '../extract/measure-citation';
import type { DepartmentDirectory, SubmissionAnalysis } from '../types';
import { detectDate } from './detect-date';
import { detectDepartments } from './detect-departments';
import { linkMeasures } from './link-measures';
import type { LinkOptions, PolicyForLinking, SubmissionInput } from './types';

export const NO_LINK_WARNING = '未发现与政策措施对应的内容，可能不是落实情况报告';

/** A report dated before the policy was issued cannot answer it: a slip in the year, or last year's file. */
function datedBeforeIssue(date: string, source: SubmissionAnalysis['dateSource'], issuedOn: string | null): string[] {
  if (source === 'import' || !issuedOn || date >= issuedOn) return [];
  return [`报告日期 ${date} 早于政策成文日期 ${issuedOn}，请核对报告日期或年份`];
}

/** Measures the report only resembles: shown as suggestions, and the user should know they are not counted. */
function suggestedOnly(links: SubmissionAnalysis['links'], counted: number[], policy: PolicyForLinking): string[] {
  const suggested = [...new Set(links.filter((l) => l.strength === 'suggestion').map((l) => l.measure))].filter((m) => !counted.includes(m)).sort((a, b) => a - b);
  if (suggested.length === 0) return [];
  return [`与${citeMeasureList(policy.extract.measures, suggested)}措施仅内容相近，报告未引用本政策或措施，列为建议关联，不计入落实情况`];
}

/** `input.tokens[k]` are the tokens of `input.paragraphs[k]` (by position, not by paragraph index). */
export function analyzeSubmission(
  input: SubmissionInput,
  policy: PolicyForLinking,
  directory: DepartmentDirectory,
  options: LinkOptions = {},
): SubmissionAnalysis {
  const place = policy.extract.issuer ? (placeFromIssuer(policy.extract.issuer) ?? undefined) : undefined;
  const departments = detectDepartments(input.paragraphs, { directory, place, policyDepartments: policy.extract.departments });
  const date = detectDate(input.paragraphs, input.importDate);
  const links = linkMeasures(input.paragraphs, input.tokens, policy, options);
  // suggestions are shown, never counted: the report answers only its counted links' measures
  const measures = [...new Set(links.filter((l) => l.strength !== 'suggestion').map((l) => l.measure))].sort((a, b) => a - b);
  return {
    file: input.file,
    departments: departments.departments,
    rawDepartments: departments.rawDepartments,
    date: date.date,
    dateSource: date.dateSource,
    measures,
    links,
    warnings: [
      ...departments.warnings,
      ...date.warnings,
      ...datedBeforeIssue(date.date, date.dateSource, policy.extract.issuedOn),
      ...suggestedOnly(links, measures, policy),
      ...(measures.length === 0 ? [NO_LINK_WARNING] : []),
    ],
  };
}
