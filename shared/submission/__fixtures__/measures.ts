// Hand-built measures and policies for unit tests.
import type { Measure, PolicyExtract } from '../../types';

export function measure(number: number, title: string, text = `${title}。`, over: Partial<Measure> = {}): Measure {
  return {
    number,
    label: `${number}.`,
    section: null,
    title,
    text,
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

export function policy(measures: Measure[], over: Partial<PolicyExtract> = {}): PolicyExtract {
  return {
    title: '关于深化改革的实施意见',
    docNumber: '某政办发〔2021〕1号',
    issuer: '某区人民政府办公室',
    issuedOn: '2021-09-06',
    printedOn: null,
    sections: [],
    measures,
    departments: [],
    warnings: [],
    ...over,
  };
}
