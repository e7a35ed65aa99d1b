// Reports prepared once (prepareResponses) give the very result of computing from the reports themselves, as of
// any date: before the first report, on a day reports share with undated ones, after the last.
import { describe, expect, it } from 'vitest';
import type { SubmissionAnalysis } from '../types';
import { by, measure, monthly, policy, submission } from './__fixtures__/build';
import { computeCompliance } from './compute-compliance';
import { prepareResponses } from './response-index';

const departments = ['区财政局', '区商务局', '区民政局', '区税务局'];
const p = policy(
  [
    measure(1, { lead: ['区财政局'], support: ['区商务局'], deadlines: [by('2021-10-31')] }),
    measure(2, { lead: ['区商务局'], support: ['区民政局', '区税务局'], deadlines: [monthly(5)] }),
    measure(3, { lead: ['区民政局'], deadlines: [by('2021-12-31')] }),
    measure(4, { lead: ['区税务局'], support: ['区财政局'] }),
  ],
  { issuedOn: '2021-09-01' },
);

// Dated and undated reports, joint ones, same-day ones whose files sort either side of an undated one, a
// suggestion that answers nothing, and a report signed twice by one department.
const submissions: SubmissionAnalysis[] = [
  submission('乙.docx', ['区财政局'], '2021-10-15', [1, 4]),
  submission('甲.docx', ['区财政局', '区商务局'], '2021-10-15', [1, 2]),
  submission('丙.txt', ['区民政局'], null, [3, 2]),
  submission('丁.pdf', ['区税务局'], '2021-11-30', [2, 4], 'content'),
  submission('戊.pdf', ['区民政局'], '2021-11-30', [3]),
  submission('己.txt', ['区商务局'], null, [2]),
  submission('庚.docx', ['区税务局', '区税务局'], '2021-12-05', [4]),
  submission('辛.docx', ['区外事办'], '2021-10-20', [1]),
  { ...submission('壬.docx', ['区民政局'], '2021-10-01', [3]), links: [{ measure: 3, how: 'content', score: 0.2, excerpt: '', paragraph: 0, strength: 'suggestion' }] },
  submission('癸.docx', ['区财政局'], '2021-11-30', [4, 1]),
];

describe('reports prepared once', () => {
  const prepared = prepareResponses(submissions);

  it.each(['2021-09-30', '2021-10-15', '2021-11-30', '2021-12-05', '2022-03-31'])('give the same result as of %s', (asOf) => {
    const direct = computeCompliance({ policy: p, submissions, asOf });
    expect(computeCompliance({ policy: p, submissions, prepared, asOf })).toEqual(direct);
  });

  it('serve many dates without being changed by them', () => {
    const before = JSON.stringify(prepared);
    for (const asOf of ['2022-03-31', '2021-10-15', '2021-11-30']) computeCompliance({ policy: p, submissions, prepared, asOf });
    expect(JSON.stringify(prepared)).toBe(before);
  });

  it('count an undated report on the as-of date among that day’s reports, by file', () => {
    const result = computeCompliance({ policy: p, submissions, prepared, asOf: '2021-11-30' });
    const joint = result.obligations.find((o) => o.measure === 2 && o.department === '区民政局')!;
    expect(joint.evidence.map((e) => e.file)).toEqual(['丙.txt']);
    expect(result.obligations.some((o) => departments.includes(o.department))).toBe(true);
  });
});
