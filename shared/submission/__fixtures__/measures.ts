// Hand-built measures and policies for unit tests.
import type { Measure, PolicyExtract } from '../../types';
import { blankMeasure, blankPolicy } from '../../__fixtures__/domain';

export function measure(number: number, title: string, text = `${title}。`, over: Partial<Measure> = {}): Measure {
  return blankMeasure(number, { title, text, ...over });
}

export function policy(measures: Measure[], over: Partial<PolicyExtract> = {}): PolicyExtract {
  return blankPolicy(measures, { docNumber: '某政办发〔2021〕1号', departments: [], ...over });
}
