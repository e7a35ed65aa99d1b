// The decision overlay: each kind of decision, table-driven, against a fixed as-of date; then the cases
// where a decision must change nothing.
import { describe, expect, it } from 'vitest';
import type { Decision } from '../types';
import { by, measure, monthly, policy, submission } from './__fixtures__/build';
import { computeCompliance } from './compute-compliance';
import { applyDecisions, countedObligations, decisionCounts, defaultDecisionDate, returnedReportDate } from './decisions';
import { summarize } from './summarize';

const A = '区甲局';
const B = '区乙局';
const base = policy(
  [measure(1, { lead: [A], deadlines: [by('2021-10-31')] }), measure(2, { lead: [B], deadlines: [by('2021-10-31')] }), measure(3, { lead: [A], deadlines: [monthly(4)] })],
  { issuedOn: '2021-09-01' },
);
const AS_OF = '2021-12-31';
// A answers measure 1 late (11-15); B never answers measure 2; A's monthly reports on measure 3 come on
// 10-02 and 12-20 (the September and December periods, both late).
const result = computeCompliance({
  policy: base,
  submissions: [submission('甲.txt', [A], '2021-11-15', [1]), submission('甲月报10.txt', [A], '2021-10-02', [3]), submission('甲月报12.txt', [A], '2021-12-20', [3])],
  asOf: AS_OF,
});

let nextId = 1;
const decide = (over: Partial<Decision>): Decision => ({
  id: nextId++,
  measure: 1,
  department: A,
  period: null,
  kind: 'closed',
  date: '2021-12-01',
  note: null,
  newDue: null,
  approver: null,
  measureTitle: null,
  ...over,
});
const find = (r: typeof result, m: number, d: string) => r.obligations.find((o) => o.measure === m && o.department === d)!;

describe('applyDecisions', () => {
  it.each([
    ['延期 past the response: judged on time against the new date', decide({ kind: 'extended', newDue: '2021-11-30', note: '疫情', approver: '王主任' }), { status: 'on_time', due: '2021-11-30', decision: { label: '延期至2021年11月30日', originalDue: '2021-10-31' } }],
    ['延期 not far enough: still late against the new date', decide({ kind: 'extended', newDue: '2021-11-10', note: '疫情', approver: '王主任' }), { status: 'late', due: '2021-11-10' }],
    ['退回 after the only response: not yet answered', decide({ kind: 'returned', date: '2021-11-20', note: '内容不全' }), { status: 'missing', respondedOn: null, decision: { label: '退回', note: '内容不全' } }],
    ['退回 before a later response: that one counts', decide({ kind: 'returned', date: '2021-11-01', note: '内容不全' }), { status: 'late', respondedOn: '2021-11-15' }],
    ['办结 keeps the reported status', decide({ kind: 'closed' }), { status: 'late', decision: { label: '办结' } }],
    ['免报 keeps the reported status', decide({ kind: 'exempt', note: '不涉及' }), { status: 'late', decision: { label: '免报' } }],
  ])('%s', (_name, decision, expected) => {
    expect(find(applyDecisions(result, [decision]), 1, A)).toMatchObject(expected);
  });

  it('a decision dated after the as-of date was not yet taken: the ledger as of that day reads as it stood', () => {
    const later = [
      decide({ kind: 'returned', date: '2022-01-05', note: '内容不全' }),
      decide({ measure: 2, department: B, kind: 'extended', date: '2022-01-05', newDue: '2022-03-31' }),
      decide({ kind: 'note', date: '2022-01-06', note: '请抓紧' }),
    ];
    const r = applyDecisions(result, later);
    expect(find(r, 1, A)).toEqual(find(result, 1, A));
    expect(find(r, 2, B)).toEqual(find(result, 2, B));
    expect(decisionCounts(r.obligations)).toEqual({ closed: 0, extended: 0, exempt: 0, returned: 0 });
    // as of the day after, the same decisions hold
    const after = computeCompliance({ policy: base, submissions: [submission('甲.txt', [A], '2021-11-15', [1])], asOf: '2022-01-06' });
    const r2 = applyDecisions(after, later);
    expect(find(r2, 1, A)).toMatchObject({ status: 'missing', respondedOn: null, decision: { kind: 'returned' }, notes: [{ date: '2022-01-06', note: '请抓紧' }] });
    expect(find(r2, 2, B)).toMatchObject({ due: '2022-03-31', status: 'pending', decision: { kind: 'extended' } });
  });

  it('a decision dated on the as-of date itself holds that day', () => {
    expect(find(applyDecisions(result, [decide({ kind: 'returned', date: AS_OF })]), 1, A)).toMatchObject({ status: 'missing', decision: { kind: 'returned' } });
  });

  it('a later decision replaces an earlier one; notes are listed and change nothing', () => {
    const r = applyDecisions(result, [
      decide({ kind: 'exempt', note: '不涉及' }),
      decide({ kind: 'note', date: '2021-12-05', note: '请抓紧' }),
      decide({ kind: 'closed', date: '2021-12-10' }),
    ]);
    expect(find(r, 1, A)).toMatchObject({ status: 'late', decision: { kind: 'closed' }, notes: [{ date: '2021-12-05', note: '请抓紧' }] });
  });

  it('a decision on one period of a recurring duty changes that period only', () => {
    const original = find(result, 3, A);
    const december = original.periods!.find((p) => p.due === '2021-12-04')!;
    expect(december).toMatchObject({ status: 'late', respondedOn: '2021-12-20' });
    const r = applyDecisions(result, [decide({ measure: 3, period: '2021-12-04', kind: 'extended', newDue: '2021-12-31', note: '系统故障', approver: '李局长' })]);
    const periods = find(r, 3, A).periods!;
    expect(periods.find((p) => p.decision)).toMatchObject({ due: '2021-12-31', status: 'on_time', decision: { label: '延期至2021年12月31日' } });
    expect(periods.filter((p) => !p.decision)).toEqual(original.periods!.filter((p) => p.due !== '2021-12-04'));
  });

  it('folds the recorded department the way the result names it', () => {
    const r = applyDecisions(result, [decide({ department: '甲局' })], (d) => (d === '甲局' ? A : d));
    expect(find(r, 1, A).decision?.label).toBe('办结');
  });

  it('免报 leaves the totals; the other decisions are counted apart', () => {
    const r = applyDecisions(result, [decide({ kind: 'exempt', note: '不涉及' }), decide({ measure: 2, department: B, kind: 'returned', note: '重报' })]);
    expect(countedObligations(r.obligations)).toHaveLength(result.obligations.length - 1);
    expect(summarize(r).byStatus.late).toBe(summarize(result).byStatus.late - 1);
    expect(decisionCounts(r.obligations)).toEqual({ closed: 0, extended: 0, exempt: 1, returned: 1 });
  });
});

describe('applyDecisions: what must not change', () => {
  it.each([
    ['no decisions', []],
    ['a decision on a measure with no such obligation', [decide({ measure: 9 })]],
    ['a decision for another department', [decide({ department: '区丙局' })]],
    ['a decision on a period that does not exist', [decide({ measure: 3, period: '2030-01-04', kind: 'exempt', note: 'x' })]],
  ])('%s', (_name, decisions) => {
    const r = applyDecisions(result, decisions as Decision[]);
    expect(r.obligations.map(({ decision: _d, ...o }) => o)).toEqual(result.obligations);
    expect(r.obligations.some((o) => o.decision)).toBe(false);
  });

  it('an extension without a new date keeps the due date', () => {
    expect(find(applyDecisions(result, [decide({ kind: 'extended', newDue: null })]), 1, A)).toMatchObject({ due: '2021-10-31', status: 'late' });
  });
});

describe('defaultDecisionDate', () => {
  it.each([
    ['2022-01-31', '2026-12-07', '2022-01-31'],
    ['2026-12-07', '2026-12-07', '2026-12-07'],
    ['2027-03-31', '2026-12-07', '2026-12-07'],
  ])('as of %s, today %s → %s', (asOf, today, expected) => {
    expect(defaultDecisionDate(asOf, today)).toBe(expected);
  });

  it('dated by the as-of date, a 退回 of a past ledger sets aside the reports seen by then and not the later ones', () => {
    const late = computeCompliance({ policy: base, submissions: [submission('甲.txt', [A], '2021-11-15', [1]), submission('甲二.txt', [A], '2021-12-20', [1])], asOf: AS_OF });
    const after = applyDecisions(late, [decide({ kind: 'returned', date: defaultDecisionDate(AS_OF, '2026-12-07') })]);
    expect(find(after, 1, A).respondedOn).toBe(null);
    const early = computeCompliance({ policy: base, submissions: [submission('甲.txt', [A], '2021-11-15', [1]), submission('甲二.txt', [A], '2021-12-20', [1])], asOf: '2022-01-31' });
    expect(find(applyDecisions(early, [decide({ kind: 'returned', date: defaultDecisionDate('2021-12-01', '2026-12-07') })]), 1, A).respondedOn).toBe('2021-12-20');
  });
});

describe('returnedReportDate', () => {
  it('is the latest dated response on or before the day of the return', () => {
    const o = { evidence: [{ file: 'a', date: '2021-11-15', excerpt: '', how: 'reference' as const }, { file: 'b', date: '2021-12-20', excerpt: '', how: 'reference' as const }, { file: 'c', date: null, excerpt: '', how: 'reference' as const }] };
    expect(returnedReportDate(o, '2021-12-31')).toBe('2021-12-20');
    expect(returnedReportDate(o, '2021-12-01')).toBe('2021-11-15');
    expect(returnedReportDate(o, '2021-11-01')).toBe(null);
  });
});
