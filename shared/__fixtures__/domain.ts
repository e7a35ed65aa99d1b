// Empty domain objects for tests to fill in (a Measure's fields are known in shared/measure.ts).
import { emptyMeasure } from '../measure';
import type { Measure, PolicyExtract } from '../types';

export function blankMeasure(number: number, over: Partial<Measure> = {}): Measure {
  return emptyMeasure(number, { title: `措施${number}`, text: `措施${number}。`, ...over });
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
