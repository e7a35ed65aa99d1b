// The whole matrix at the size of a busy policy: 29 measures × 30 departments × 2,000 reports. Its speed is measured
// in `npm run bench`, never here.
import { describe, expect, it } from 'vitest';
import type { SubmissionAnalysis } from '../types';
import { by, measure, monthly, policy, submission } from './__fixtures__/build';
import { computeCompliance } from './compute-compliance';

describe('computeCompliance at scale', () => {
  const departments = Array.from({ length: 30 }, (_, k) => `部门${k + 1}`);
  const p = policy(
    Array.from({ length: 29 }, (_, k) =>
      measure(k + 1, {
        lead: departments.slice(k % 30, (k % 30) + 2),
        support: departments.filter((_, d) => (d + k) % 3 === 0),
        deadlines: k % 10 === 0 ? [monthly(4)] : [by(`2021-${String(10 + (k % 3)).padStart(2, '0')}-28`)],
      }),
    ),
  );
  const submissions: SubmissionAnalysis[] = Array.from({ length: 2000 }, (_, k) =>
    submission(`报告${k}.docx`, [departments[k % 30], ...(k % 7 === 0 ? [departments[(k + 1) % 30]] : [])], `2021-${String(9 + (k % 4)).padStart(2, '0')}-${String(1 + (k % 28)).padStart(2, '0')}`, [1 + (k % 29), 1 + ((k * 7) % 29), 1 + ((k * 13) % 29)]),
  );

  it('gives every obligation, recurring periods included, and the same result when computed again', () => {
    const result = computeCompliance({ policy: p, submissions, asOf: '2021-12-31' });
    expect(result.obligations.length).toBeGreaterThan(29 * 10);
    expect(result.obligations.some((o) => o.periods && o.periods.length === 4)).toBe(true);
    expect(computeCompliance({ policy: p, submissions, asOf: '2021-12-31' })).toEqual(result);
  });
});
