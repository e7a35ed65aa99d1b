import { describe, expect, it } from 'vitest';
import type { ComplianceResult, Obligation, PolicyExtract } from '../types';
import { filterCompliance } from './filter';

const ob = (measure: number, department: string, status: Obligation['status']): Obligation => ({
  measure, department, role: 'lead', due: '2021-12-31', dueSource: 'deadline', status, respondedOn: null, evidence: [],
});
const result: ComplianceResult = {
  asOf: '2022-01-31', reportDeadline: '2021-12-31',
  obligations: [ob(1, '甲局', 'missing'), ob(1, '乙局', 'on_time'), ob(2, '甲局', 'late')],
  notes: { offDuty: [], unobliged: [], beforeIssue: [] },
};
const policy = { measures: [{ number: 1, section: '一' }, { number: 2, section: '二' }] } as unknown as PolicyExtract;

describe('filterCompliance', () => {
  it.each([
    [{ departments: ['甲局'] }, ['1-甲局', '2-甲局']],
    [{ sections: ['二'] }, ['2-甲局']],
    [{ statuses: ['missing', 'late'] as Obligation['status'][] }, ['1-甲局', '2-甲局']],
    [{}, ['1-甲局', '1-乙局', '2-甲局']],
  ])('%j', (filter, expected) => {
    expect(filterCompliance(result, policy, filter).obligations.map((o) => `${o.measure}-${o.department}`)).toEqual(expected);
  });
});
