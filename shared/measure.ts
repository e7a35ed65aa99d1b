// A measure with nothing read into it yet: the one place that knows every field of a Measure.
import type { Measure } from './types';

export function emptyMeasure(number: number, over: Partial<Measure> = {}): Measure {
  return {
    number,
    label: `${number}.`,
    section: null,
    title: '',
    text: '',
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
