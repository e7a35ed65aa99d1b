// Hand-built policies and analysed submissions for the compliance tests.
import type { Deadline, LinkHow, Measure, PolicyExtract, SubmissionAnalysis } from '../../types';
import { blankMeasure, blankPolicy } from '../../__fixtures__/domain';

export function measure(number: number, over: Partial<Measure> = {}): Measure {
  return blankMeasure(number, over);
}

export function policy(measures: Measure[], over: Partial<PolicyExtract> = {}): PolicyExtract {
  return blankPolicy(measures, over);
}

export function by(date: string, over: Partial<Deadline> = {}): Deadline {
  return { text: `${date}前`, date, kind: 'by', beforeIssue: false, start: 0, end: 0, ...over };
}

export function monthly(day: number): Deadline {
  return { text: `每月${day}日前`, date: null, kind: 'monthly', beforeIssue: false, recurrence: { every: 'month', day }, start: 0, end: 0 };
}

export function quarterly(over: Partial<NonNullable<Deadline['recurrence']>> = {}): Deadline {
  return { text: '每季度末', date: null, kind: 'quarterly', beforeIssue: false, recurrence: { every: 'quarter', ...over }, start: 0, end: 0 };
}

export function submission(file: string, departments: string[], date: string | null, measures: number[], how: LinkHow = 'reference'): SubmissionAnalysis {
  return {
    file,
    departments,
    rawDepartments: departments,
    date,
    dateSource: date ? 'signature' : 'import',
    measures,
    links: measures.map((m, k) => ({ measure: m, how, score: how === 'content' ? 0.5 : 1, excerpt: `${file}：第${m}条落实情况`, paragraph: k })),
    warnings: [],
  };
}
