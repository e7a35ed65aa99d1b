// One department report → who sent it, when, and which measures it answers.
import { placeFromIssuer } from '../extract/departments';
import { citeMeasureList } from '../extract/measure-citation';
import type { DepartmentDirectory, SubmissionAnalysis } from '../types';
import { detectDate } from './detect-date';
import { collectedRows, GATHERED_NOTE } from './collected-return';
import { countedBodies, detectDepartments, shortNameResolver, type DepartmentContext } from './detect-departments';
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

/** Who sent a report and when: what reading a report needs of its text alone, before its terms. */
export interface SenderAndDate {
  departments: ReturnType<typeof detectDepartments>;
  date: ReturnType<typeof detectDate>;
}

/** Reads a report's senders and date, which need neither its terms nor its links (see analyzeSubmission). */
function departmentContext(policy: Pick<PolicyForLinking, 'extract'>, directory: DepartmentDirectory): DepartmentContext {
  const place = policy.extract.issuer ? (placeFromIssuer(policy.extract.issuer) ?? undefined) : undefined;
  return { directory, place, policyDepartments: policy.extract.departments };
}

/** A gathered return's rows answer for their own bodies (collected-return): the office should know it was read so. */
function gatheredRows(rows: Map<number, string[]>): string[] {
  if (rows.size === 0) return [];
  const bodies = [...new Set([...rows.values()].flat())];
  const shown = bodies.slice(0, 3).join('、') + (bodies.length > 3 ? `等 ${bodies.length} 个单位` : '');
  return [`${GATHERED_NOTE}${rows.size} 行的落实情况按各行的责任单位计（${shown}），不计为报送单位的报告`];
}

export function readSenderAndDate(paragraphs: SubmissionInput['paragraphs'], importDate: string, policy: Pick<PolicyForLinking, 'extract'>, directory: DepartmentDirectory): SenderAndDate {
  return {
    departments: detectDepartments(paragraphs, departmentContext(policy, directory)),
    date: detectDate(paragraphs, importDate),
  };
}

/**
 * `input.tokens[k]` are the tokens of `input.paragraphs[k]` (by position, not by paragraph index). `read` is the
 * report's readSenderAndDate, when the caller read it already (while its terms were being cut, say).
 */
export function analyzeSubmission(
  input: SubmissionInput,
  policy: PolicyForLinking,
  directory: DepartmentDirectory,
  options: LinkOptions = {},
  read: SenderAndDate = readSenderAndDate(input.paragraphs, input.importDate, policy, directory),
): SubmissionAnalysis {
  const { departments, date } = read;
  const ctx = departmentContext(policy, directory);
  // built on first use: most reports gather no one's rows
  let resolver: ((s: string) => string | null) | undefined;
  const resolveShort = (s: string) => (resolver ??= shortNameResolver(ctx))(s);
  const rows = collectedRows(input.paragraphs, departments.departments, (names) => countedBodies(names, ctx, resolveShort));
  const links = linkMeasures(input.paragraphs, input.tokens, policy, options).map((l) => (rows.has(l.paragraph) ? { ...l, answersFor: rows.get(l.paragraph) } : l));
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
      ...gatheredRows(rows),
      ...date.warnings,
      ...datedBeforeIssue(date.date, date.dateSource, policy.extract.issuedOn),
      ...suggestedOnly(links, measures, policy),
      ...(measures.length === 0 ? [NO_LINK_WARNING] : []),
    ],
  };
}
