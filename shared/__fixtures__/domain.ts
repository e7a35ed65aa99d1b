// Empty domain objects for tests to fill in: one place that knows every field of a Measure and a PolicyExtract.
import type { Measure, PolicyExtract } from '../types';

export function blankMeasure(number: number, over: Partial<Measure> = {}): Measure {
  return {
    number,
    label: `${number}.`,
    section: null,
    title: `措施${number}`,
    text: `措施${number}。`,
    lead: [],
    support: [],
    joint: false,
    generic: [],
    rawDepartments: [],
    responsibilityText: null,
    deadlines: [],
    targets: [],
    paragraphs: [],
    ...over,
  };
}

export function blankPolicy(measures: Measure[], over: Partial<PolicyExtract> = {}): PolicyExtract {
  return {
    title: '关于深化改革的实施意见',
    docNumber: null,
    issuer: '某区人民政府办公室',
    issuedOn: '2021-09-06',
    printedOn: null,
    sections: [],
    measures,
    departments: [...new Set(measures.flatMap((m) => [...m.lead, ...m.support]))].sort(),
    warnings: [],
    ...over,
  };
}
