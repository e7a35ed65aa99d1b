// Whom a report answers for, in the views that start from a department: its senders, and the bodies named in the
// rows of a gathered return (`answersFor`, collected-return). The same reading as the matrix's (response-index). Pure.
import type { MeasureLink, SubmissionAnalysis } from '../types';

type Report = Pick<SubmissionAnalysis, 'departments' | 'links' | 'measures'>;

/** Its senders, then the bodies its gathered rows answer for. */
export function bodiesAnsweredFor(s: Pick<SubmissionAnalysis, 'departments' | 'links'>): string[] {
  const out = new Set(s.departments);
  for (const l of s.links) if (l.strength !== 'suggestion') for (const body of l.answersFor ?? []) out.add(body);
  return [...out];
}

/**
 * The report's links to `measure` that speak for `department` (suggestions among them, to be shown), when it answers
 * the measure for that department: by a counted link of its own, or, for a sender, by the measure listed by hand.
 * Null when it does not.
 */
export function linksAnsweringFor(s: Report, measure: number, department: string): MeasureLink[] | null {
  const own = s.departments.includes(department);
  const speaksFor = (l: MeasureLink) => (l.answersFor ? l.answersFor.includes(department) : own);
  const links = s.links.filter((l) => l.measure === measure && speaksFor(l));
  if (links.some((l) => l.strength !== 'suggestion')) return links;
  const counted = s.links.some((l) => l.measure === measure && l.strength !== 'suggestion');
  return own && !counted && s.measures.includes(measure) ? links : null;
}
