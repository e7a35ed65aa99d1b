// work-year: the year a policy's work belongs to closes the duties that name no time of their own. A yearly division
// of work names its year in the title (plan-year: 2021年重点工作及责任分解, 2024年政府工作报告任务分解), and a notice
// issued in December for the coming year names that year. Where the title names none (or a year two or more from the
// year of issue), the year of issue counts: of the date of issue, else of the printing date, else the 〔year〕 of the
// document number (六政〔2021〕5号). Pure.
import { planYearFromTitle } from '../extract/plan-year';
import { parseDocNumber } from '../text/citation';
import type { IsoDate, PolicyExtract } from '../types';

type Dated = Pick<PolicyExtract, 'title' | 'issuedOn' | 'printedOn' | 'docNumber'>;

/** The year the policy was issued: of its date of issue, else of its printing, else of its document number. */
export function issueYear(policy: Omit<Dated, 'title'>): number | null {
  const dated = policy.issuedOn ?? policy.printedOn;
  if (dated) return Number(dated.slice(0, 4));
  const year = policy.docNumber ? parseDocNumber(policy.docNumber)?.year : undefined;
  return year ? Number(year) : null;
}

/**
 * The year of the policy's work: the title's year where it is the year of issue or the next, or where the year of
 * issue is unknown; else the year of issue; null when neither is known.
 */
export function workYear(policy: Dated): number | null {
  const issued = issueYear(policy);
  const named = planYearFromTitle(policy.title);
  if (named !== null && (issued === null || named === issued || named === issued + 1)) return named;
  return issued;
}

/** 31 December of the policy's work year; null when no year is known. */
export function workYearEnd(policy: Dated): IsoDate | null {
  const year = workYear(policy);
  return year === null ? null : `${year}-12-31`;
}
