import { describe, expect, it } from 'vitest';
import type { SubmissionAnalysis } from '../types';
import { by, measure, monthly, policy, submission } from './__fixtures__/build';
import { computeCompliance } from './compute-compliance';
import { defaultReportDeadline } from './due-dates';

// Measure 1: dated 11月底前; measure 2: two dates, the later wins; measure 3: no date.
const base = policy([
  measure(1, { lead: ['区人社局'], support: ['区民政局'], deadlines: [by('2021-11-30')] }),
  measure(2, { lead: ['区财政局'], deadlines: [by('2021-10-31'), by('2021-12-31', { kind: 'period', from: '2021-01-01' })] }),
  measure(3, { lead: ['区民政局'], deadlines: [{ text: '长期坚持', date: null, kind: 'ongoing', beforeIssue: false, start: 0, end: 0 }] }),
]);

function run(submissions: SubmissionAnalysis[], asOf = '2021-12-15', reportDeadline?: string | null) {
  return computeCompliance({ policy: base, submissions, asOf, reportDeadline });
}

const find = (r: ReturnType<typeof run>, m: number, d: string) => r.obligations.find((o) => o.measure === m && o.department === d)!;

describe('due dates', () => {
  it.each([
    [1, '区人社局', '2021-11-30', 'deadline'],
    [2, '区财政局', '2021-12-31', 'deadline'],
    [3, '区民政局', '2021-12-31', 'report-deadline'],
  ])('measure %i / %s falls due on %s (%s)', (m, d, due, source) => {
    expect(find(run([]), m, d)).toMatchObject({ due, dueSource: source });
  });

  it('the report deadline defaults to 31 December of the year of issue and can be set', () => {
    expect(run([]).reportDeadline).toBe('2021-12-31');
    expect(defaultReportDeadline(base)).toBe('2021-12-31');
    const r = run([], '2021-12-15', '2021-11-15');
    expect(r.reportDeadline).toBe('2021-11-15');
    expect(find(r, 3, '区民政局')).toMatchObject({ due: '2021-11-15', dueSource: 'report-deadline', status: 'missing' });
  });

  it('with nothing that dates the policy the as-of year closes', () => {
    const undated = { ...base, issuedOn: null, printedOn: null, docNumber: null };
    const r = computeCompliance({ policy: undated, submissions: [], asOf: '2022-03-01' });
    expect(r.reportDeadline).toBe('2022-12-31');
    expect(defaultReportDeadline(undated)).toBeNull();
  });

  it('a deadline before the date of issue still sets the due date, and is noted', () => {
    const p = policy([measure(23, { lead: ['区民政局'], deadlines: [by('2021-08-31', { text: '8月底前', beforeIssue: true })] })]);
    const r = computeCompliance({ policy: p, submissions: [], asOf: '2021-12-15' });
    expect(r.obligations[0]).toMatchObject({ due: '2021-08-31', status: 'missing' });
    expect(r.notes.beforeIssue).toEqual([{ measure: 23, text: '8月底前', date: '2021-08-31' }]);
  });

  it("'annual' duties without a date and service limits are not dated deadlines", () => {
    const p = policy([
      measure(3, {
        lead: ['区人社局'],
        deadlines: [
          { text: '每年', date: null, kind: 'annual', beforeIssue: false, recurrence: { every: 'year' }, start: 0, end: 0 },
          { text: '8个工作日内', date: null, kind: 'service-limit', beforeIssue: false, start: 0, end: 0 },
        ],
      }),
    ]);
    expect(computeCompliance({ policy: p, submissions: [], asOf: '2021-12-15' }).obligations[0]).toMatchObject({ due: '2021-12-31', dueSource: 'report-deadline' });
  });
});

describe('status of one-off duties (measure 1, due 2021-11-30)', () => {
  it.each([
    ['answered before the due date', [submission('a', ['区人社局'], '2021-11-20', [1])], '2021-12-15', 'on_time', '2021-11-20'],
    ['answered exactly on the due date', [submission('a', ['区人社局'], '2021-11-30', [1])], '2021-12-15', 'on_time', '2021-11-30'],
    ['answered the day after', [submission('a', ['区人社局'], '2021-12-01', [1])], '2021-12-15', 'late', '2021-12-01'],
    ['no answer, due date passed', [], '2021-12-01', 'missing', null],
    ['no answer, due today', [], '2021-11-30', 'pending', null],
    ['no answer, due later', [], '2021-11-01', 'pending', null],
    ['answered early, not yet due', [submission('a', ['区人社局'], '2021-10-20', [1])], '2021-11-01', 'on_time', '2021-10-20'],
    ['a report dated after the as-of date does not count', [submission('a', ['区人社局'], '2021-12-20', [1])], '2021-12-15', 'missing', null],
    ['the earliest of several reports is the response', [submission('b', ['区人社局'], '2021-12-05', [1]), submission('a', ['区人社局'], '2021-11-25', [1])], '2021-12-15', 'on_time', '2021-11-25'],
    ["another department's report does not count", [submission('a', ['区财政局'], '2021-11-20', [1])], '2021-12-15', 'missing', null],
    ['a report on another measure does not count', [submission('a', ['区人社局'], '2021-11-20', [2])], '2021-12-15', 'missing', null],
  ])('%s', (_label, subs, asOf, status, respondedOn) => {
    expect(find(run(subs, asOf), 1, '区人社局')).toMatchObject({ status, respondedOn });
  });

  it('an undated report counts as received by the as-of date', () => {
    const undated = submission('u', ['区人社局'], null, [1]);
    expect(find(run([undated], '2021-11-30'), 1, '区人社局')).toMatchObject({ status: 'on_time', respondedOn: '2021-11-30' });
    const late = find(run([undated], '2021-12-15'), 1, '区人社局');
    expect(late).toMatchObject({ status: 'late', respondedOn: '2021-12-15' });
    expect(late.evidence).toEqual([{ file: 'u', date: null, excerpt: 'u：第1条落实情况', how: 'reference' }]);
  });

  it('a report dated by its import date counts on that date', () => {
    const imported: SubmissionAnalysis = { ...submission('i', ['区人社局'], '2021-12-03', [1]), dateSource: 'import' };
    expect(find(run([imported]), 1, '区人社局')).toMatchObject({ status: 'late', respondedOn: '2021-12-03', respondedOnImported: true });
  });

  it('a report dated in itself carries no import note, and an earlier dated report is the one counted', () => {
    const dated = submission('d', ['区人社局'], '2021-12-03', [1]);
    expect(find(run([dated]), 1, '区人社局').respondedOnImported).toBeUndefined();
    const imported: SubmissionAnalysis = { ...submission('i', ['区人社局'], '2021-12-20', [1]), dateSource: 'import' };
    const both = find(run([imported, dated]), 1, '区人社局');
    expect(both).toMatchObject({ respondedOn: '2021-12-03' });
    expect(both.respondedOnImported).toBeUndefined();
  });
});

describe('joint reports and evidence', () => {
  it('a joint report counts for each of its departments', () => {
    const r = run([submission('joint', ['区人社局', '区民政局'], '2021-11-28', [1])]);
    expect(find(r, 1, '区人社局')).toMatchObject({ status: 'on_time', role: 'lead' });
    expect(find(r, 1, '区民政局')).toMatchObject({ status: 'on_time', role: 'support' });
  });

  it('evidence lists every counted report, earliest first, with its strongest link', () => {
    const strong: SubmissionAnalysis = {
      ...submission('b', ['区人社局'], '2021-11-25', []),
      measures: [1],
      links: [
        { measure: 1, how: 'content', score: 0.4, excerpt: '内容相近的段落', paragraph: 3 },
        { measure: 1, how: 'reference', score: 1, excerpt: '关于第1条', paragraph: 1 },
      ],
    };
    const r = run([submission('c', ['区人社局'], '2021-12-02', [1], 'content'), strong, submission('late', ['区人社局'], '2022-01-02', [1])]);
    expect(find(r, 1, '区人社局').evidence).toEqual([
      { file: 'b', date: '2021-11-25', excerpt: '关于第1条', how: 'reference' },
      { file: 'c', date: '2021-12-02', excerpt: 'c：第1条落实情况', how: 'content' },
    ]);
  });
});

describe('notes', () => {
  it('a report on a measure its department does not owe is off duty', () => {
    const r = run([submission('x', ['区财政局'], '2021-11-20', [1, 2])]);
    expect(r.notes.offDuty).toEqual([{ file: 'x', department: '区财政局', measure: 1 }]);
    expect(r.notes.unobliged).toEqual([]);
  });

  it('a submitting department with no obligations is unobliged, not off duty', () => {
    const r = run([submission('y', ['区统计局'], '2021-11-20', [3])]);
    expect(r.notes.unobliged).toEqual([{ file: 'y', department: '区统计局' }]);
    expect(r.notes.offDuty).toEqual([]);
  });

  it('a joint report notes off-duty answers only for the signer that has duties', () => {
    const r = run([submission('j', ['区统计局', '区财政局'], '2021-11-20', [1, 2])]);
    expect(r.notes.unobliged).toEqual([{ file: 'j', department: '区统计局' }]);
    expect(r.notes.offDuty).toEqual([{ file: 'j', department: '区财政局', measure: 1 }]);
  });

  it('a report answering no measure still shows its department as unobliged', () => {
    const r = run([submission('z', ['区气象局'], '2021-11-20', [])]);
    expect(r.notes.unobliged).toEqual([{ file: 'z', department: '区气象局' }]);
  });

  it('reports after the as-of date are not noted', () => {
    expect(run([submission('late', ['区统计局'], '2022-01-05', [3])]).notes.unobliged).toEqual([]);
  });
});

describe('recurring duties', () => {
  const p = policy([measure(12, { lead: ['区自然资源局'], support: ['区发改委'], deadlines: [monthly(4)] })]);
  const compute = (subs: SubmissionAnalysis[], asOf = '2021-12-10') => computeCompliance({ policy: p, submissions: subs, asOf });

  it('is due each month from the date of issue, with the next period pending', () => {
    const o = compute([submission('10月', ['区自然资源局'], '2021-10-03', [12]), submission('11月', ['区自然资源局'], '2021-11-10', [12])]).obligations[0];
    expect(o.periods).toEqual([
      { due: '2021-10-04', status: 'on_time', respondedOn: '2021-10-03' },
      { due: '2021-11-04', status: 'late', respondedOn: '2021-11-10' },
      { due: '2021-12-04', status: 'missing', respondedOn: null },
      { due: '2022-01-04', status: 'pending', respondedOn: null },
    ]);
    expect(o).toMatchObject({ due: '2021-10-04', dueSource: 'deadline', status: 'on_time', respondedOn: '2021-10-03' });
    expect(o.evidence.map((e) => e.file)).toEqual(['10月', '11月']);
  });

  it('the overall status is the first period’s', () => {
    const o = compute([submission('late', ['区自然资源局'], '2021-10-06', [12])]).obligations[0];
    expect(o).toMatchObject({ status: 'late', respondedOn: '2021-10-06' });
    const none = compute([]).obligations[1];
    expect(none).toMatchObject({ department: '区发改委', status: 'missing', due: '2021-10-04' });
  });

  it('before the first due date the one period is pending', () => {
    const o = compute([], '2021-09-20').obligations[0];
    expect(o.periods).toEqual([{ due: '2021-10-04', status: 'pending', respondedOn: null }]);
    expect(o.status).toBe('pending');
  });

  it('without a date of issue there are no periods: the report deadline applies', () => {
    const o = computeCompliance({ policy: { ...p, issuedOn: null }, submissions: [], asOf: '2021-12-10' }).obligations[0];
    expect(o.periods).toBeUndefined();
    expect(o).toMatchObject({ due: '2021-12-31', dueSource: 'report-deadline', status: 'pending' });
  });
});

describe('ordering', () => {
  it('obligations by measure, then departments in the policy’s order, whatever the input order', () => {
    const p = policy([measure(2, { lead: ['乙局'], support: ['甲局'] }), measure(1, { lead: ['丙局'] })]);
    const subs = [submission('a', ['甲局'], '2021-10-01', [2]), submission('b', ['丙局'], '2021-10-01', [1])];
    const one = computeCompliance({ policy: p, submissions: subs, asOf: '2021-12-01' });
    const two = computeCompliance({ policy: p, submissions: [...subs].reverse(), asOf: '2021-12-01' });
    expect(one.obligations.map((o) => `${o.measure}${o.department}`)).toEqual(['1丙局', '2乙局', '2甲局']);
    expect(two).toEqual(one);
  });
});

describe('suggested links', () => {
  const suggested = (s: SubmissionAnalysis): SubmissionAnalysis => ({ ...s, measures: [], links: s.links.map((l) => ({ ...l, strength: 'suggestion' as const })) });

  it('a report that only resembles a measure does not answer it', () => {
    const s = suggested(submission('a', ['区人社局'], '2021-11-20', [1], 'content'));
    expect(find(run([s]), 1, '区人社局')).toMatchObject({ status: 'missing', respondedOn: null });
  });

  it('a counted link of another report still answers it', () => {
    const counted = { ...submission('b', ['区人社局'], '2021-11-25', [1], 'content'), links: submission('b', ['区人社局'], '2021-11-25', [1], 'content').links.map((l) => ({ ...l, strength: 'counted' as const })) };
    const r = run([suggested(submission('a', ['区人社局'], '2021-11-20', [1], 'content')), counted]);
    expect(find(r, 1, '区人社局')).toMatchObject({ status: 'on_time', respondedOn: '2021-11-25' });
  });
});
