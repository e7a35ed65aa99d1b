import { describe, expect, it } from 'vitest';
import { by, measure, policy, submission } from './__fixtures__/build';
import { computeCompliance } from './compute-compliance';
import { summarize } from './summarize';

describe('summarize', () => {
  const p = policy([
    measure(1, { lead: ['甲局'], support: ['乙局'], deadlines: [by('2021-10-31')] }),
    measure(2, { lead: ['乙局'], deadlines: [by('2021-11-30')] }),
    measure(3, { lead: ['甲局'], deadlines: [by('2022-03-31')] }),
  ]);
  const result = computeCompliance({
    policy: p,
    submissions: [submission('a', ['甲局'], '2021-10-20', [1]), submission('b', ['乙局'], '2021-11-05', [1])],
    asOf: '2021-12-10',
  });

  it('counts obligations by status and the on-time share of those due', () => {
    const s = summarize(result);
    expect(s.byStatus).toEqual({ on_time: 1, late: 1, missing: 1, pending: 1 });
    expect(s.onTimeRate).toBeCloseTo(1 / 3);
  });

  it('tallies each department in the policy’s order', () => {
    expect(summarize(result).byDepartment).toEqual([
      { department: '甲局', total: 2, on_time: 1, late: 0, missing: 0, pending: 1 },
      { department: '乙局', total: 2, on_time: 0, late: 1, missing: 1, pending: 0 },
    ]);
  });

  it('an empty result has a zero rate', () => {
    expect(summarize({ ...result, obligations: [] }).onTimeRate).toBe(0);
  });
});
