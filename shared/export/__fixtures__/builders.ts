// Small constructors for hand-made policies and compliance results.
import type { Deadline, Evidence, Measure, Obligation, PolicyExtract } from '../../types';
import { blankMeasure } from '../../__fixtures__/domain';

export function deadline(text: string, date: string | null, kind: Deadline['kind'] = 'by', extra: Partial<Deadline> = {}): Deadline {
  return { text, date, kind, beforeIssue: false, start: 0, end: text.length, ...extra };
}

export function measure(number: number, title: string, fields: Partial<Measure> = {}): Measure {
  return blankMeasure(number, { title, text: `${title}……`, paragraphs: [number], ...fields });
}

export function obligation(
  measureNumber: number,
  department: string,
  status: Obligation['status'],
  fields: Partial<Obligation> = {},
): Obligation {
  return {
    measure: measureNumber,
    department,
    role: 'lead',
    due: '2021-12-31',
    dueSource: 'deadline',
    status,
    respondedOn: null,
    evidence: [],
    ...fields,
  };
}

export function evidence(file: string, date: string | null, excerpt: string, how: Evidence['how'] = 'reference'): Evidence {
  return { file, date, excerpt, how };
}

export function policy(fields: Partial<PolicyExtract> & Pick<PolicyExtract, 'title' | 'measures'>): PolicyExtract {
  const departments = [...new Set(fields.measures.flatMap((m) => [...m.lead, ...m.support]))].sort();
  return {
    docNumber: null,
    issuer: null,
    issuedOn: null,
    printedOn: null,
    sections: [],
    departments,
    warnings: [],
    ...fields,
  };
}
