import { describe, expect, it } from 'vitest';
import type { DecisionMark, Obligation } from '../types';
import { buildOverview, departmentStandings, monthEnds, statusFigures, upcomingDeadlines } from './overview';
import type { PolicyCompliance } from './types';

const AS_OF = '2022-01-31';

function ob(measure: number, department: string, status: Obligation['status'], due: string, over: Partial<Obligation> = {}): Obligation {
  const respondedOn = status === 'on_time' ? due : status === 'late' ? '2022-01-20' : null;
  return { measure, department, role: 'lead', due, dueSource: 'deadline', status, respondedOn, evidence: [], ...over };
}

function mark(kind: DecisionMark['kind']): DecisionMark {
  return { kind, label: kind, date: '2022-01-10', note: null, newDue: null, approver: null };
}

function policy(id: number, label: string, obligations: Obligation[]): PolicyCompliance {
  return {
    policy: { id, title: label, docNumber: null, issuer: null, issuedOn: '2021-06-01', label },
    result: { asOf: AS_OF, reportDeadline: '2022-12-31', obligations, notes: { offDuty: [], unobliged: [], beforeIssue: [] } },
  };
}

describe('statusFigures', () => {
  it.each([
    ['nothing at all', [], { on_time: 0, late: 0, missing: 0, pending: 0 }, 0, null],
    ['only pending: no rate yet', [ob(1, 'A', 'pending', '2022-03-01')], { on_time: 0, late: 0, missing: 0, pending: 1 }, 0, null],
    ['one of each', [ob(1, 'A', 'on_time', '2021-12-01'), ob(2, 'A', 'late', '2021-12-01'), ob(3, 'A', 'missing', '2021-12-01'), ob(4, 'A', 'pending', '2022-03-01')], { on_time: 1, late: 1, missing: 1, pending: 1 }, 3, 1 / 3],
    ['免报 is out of the counts and the rate', [ob(1, 'A', 'on_time', '2021-12-01'), ob(2, 'A', 'missing', '2021-12-01', { decision: mark('exempt') })], { on_time: 1, late: 0, missing: 0, pending: 0 }, 1, 1],
    ['办结 stays under its reported status', [ob(1, 'A', 'missing', '2021-12-01', { decision: mark('closed') })], { on_time: 0, late: 0, missing: 1, pending: 0 }, 1, 0],
  ])('%s', (_name, obligations, counts, due, rate) => {
    const f = statusFigures(obligations as Obligation[]);
    expect(f.counts).toEqual(counts);
    expect(f.due).toBe(due);
    expect(f.onTimeRate).toBe(rate);
  });
});

describe('upcomingDeadlines', () => {
  const names = (p: number, m: number) => (p === 1 && m === 2 ? { label: '（二）', title: '压减审批时限' } : undefined);
  it.each([
    ['due the next day', ob(2, 'A', 'pending', '2022-02-01'), 7, 1],
    ['due on the 7th day', ob(2, 'A', 'pending', '2022-02-07'), 7, 7],
    ['due on the 30th day', ob(2, 'A', 'pending', '2022-03-02'), 30, 30],
  ])('lists an obligation %s', (_name, o, days, left) => {
    const [row] = upcomingDeadlines([policy(1, 'P1', [o])], AS_OF, days, names);
    expect(row).toMatchObject({ policy: 1, policyLabel: 'P1', measure: 2, measureLabel: '（二）', title: '压减审批时限', department: 'A', due: o.due, daysLeft: left });
  });

  it.each([
    ['due on the as-of date itself', ob(2, 'A', 'pending', AS_OF)],
    ['due on the 8th day', ob(2, 'A', 'pending', '2022-02-08')],
    ['already answered early', ob(2, 'A', 'on_time', '2022-02-03', { respondedOn: '2022-01-15' })],
    ['overdue', ob(2, 'A', 'missing', '2022-01-30')],
    ['settled by 办结', ob(2, 'A', 'pending', '2022-02-03', { decision: mark('closed') })],
    ['settled by 免报', ob(2, 'A', 'pending', '2022-02-03', { decision: mark('exempt') })],
  ])('leaves out an obligation %s', (_name, o) => {
    expect(upcomingDeadlines([policy(1, 'P1', [o])], AS_OF, 7)).toEqual([]);
  });

  it('names a measure it has no title for by its number, and sorts soonest first across policies', () => {
    const rows = upcomingDeadlines(
      [policy(1, 'P1', [ob(5, 'B', 'pending', '2022-02-20')]), policy(2, 'P2', [ob(1, 'A', 'pending', '2022-02-02')])],
      AS_OF,
      30,
    );
    expect(rows.map((r) => [r.policyLabel, r.measureLabel, r.daysLeft])).toEqual([
      ['P2', '第1条', 2],
      ['P1', '第5条', 20],
    ]);
  });
});

describe('departmentStandings', () => {
  it('adds a department up across policies and ranks by missing, then late', () => {
    const rows = departmentStandings([
      policy(1, 'P1', [ob(1, '甲局', 'missing', '2021-12-01'), ob(1, '乙局', 'late', '2021-12-01'), ob(2, '丙局', 'on_time', '2021-12-01')]),
      policy(2, 'P2', [ob(1, '乙局', 'late', '2021-12-01'), ob(2, '乙局', 'missing', '2021-12-01', { decision: mark('closed') }), ob(3, '甲局', 'pending', '2022-05-01')]),
    ]);
    expect(rows.map((r) => [r.department, r.missing, r.late, r.outstanding, r.policies])).toEqual([
      ['乙局', 1, 2, 2, 2],
      ['甲局', 1, 0, 1, 2],
      ['丙局', 0, 0, 0, 1],
    ]);
  });

  it('leaves out a department whose only obligation is 免报', () => {
    expect(departmentStandings([policy(1, 'P1', [ob(1, '甲局', 'missing', '2021-12-01', { decision: mark('exempt') })])])).toEqual([]);
  });
});

describe('monthEnds', () => {
  it.each([
    ['within one month', '2022-01-05', '2022-01-20', 12, ['2022-01-20']],
    ['across a year end', '2021-11-15', '2022-01-20', 12, ['2021-11-30', '2021-12-31', '2022-01-20']],
    ['as-of on a month end is not doubled', '2021-12-01', '2022-01-31', 12, ['2021-12-31', '2022-01-31']],
    ['keeps the last max points', '2020-01-01', '2022-01-20', 3, ['2021-11-30', '2021-12-31', '2022-01-20']],
    ['February of a leap year', '2024-02-10', '2024-03-01', 12, ['2024-02-29', '2024-03-01']],
    ['from after as-of gives the as-of date alone', '2022-03-01', '2022-01-20', 12, ['2022-01-20']],
    ['max 0 gives nothing', '2021-01-01', '2022-01-20', 0, []],
  ])('%s', (_name, from, asOf, max, expected) => {
    expect(monthEnds(from, asOf, max)).toEqual(expected);
  });
});

describe('buildOverview', () => {
  it('gives each policy its counts, decisions and rate, the totals, and the trend the caller computed', () => {
    const p1 = policy(1, 'P1', [ob(1, 'A', 'on_time', '2021-12-01'), ob(2, 'A', 'missing', '2021-12-01', { decision: mark('closed') }), ob(3, 'B', 'pending', '2022-02-03')]);
    const p2 = policy(2, 'P2', [ob(1, 'A', 'late', '2021-12-01'), ob(2, 'B', 'missing', '2021-12-01', { decision: mark('exempt') })]);
    const atDecEnd = [policy(1, 'P1', [ob(1, 'A', 'pending', '2021-12-01')]), policy(2, 'P2', [ob(1, 'A', 'pending', '2021-12-01')])];
    const view = buildOverview({ asOf: AS_OF, portfolio: [p1, p2], monthEnds: [{ date: '2021-12-31', portfolio: atDecEnd }, { date: AS_OF, portfolio: [p1, p2] }] });
    expect(view.policies.map((p) => [p.policy.label, p.counts, p.onTimeRate, p.decisions.closed, p.exempt])).toEqual([
      ['P1', { on_time: 1, late: 0, missing: 1, pending: 1 }, 0.5, 1, 0],
      ['P2', { on_time: 0, late: 1, missing: 0, pending: 0 }, 0, 0, 1],
    ]);
    expect(view.totals).toMatchObject({ counts: { on_time: 1, late: 1, missing: 1, pending: 1 }, counted: 4, due: 3 });
    expect(view.within7.map((r) => r.measure)).toEqual([3]);
    expect(view.within30.map((r) => r.measure)).toEqual([3]);
    expect(view.trend).toEqual([
      { date: '2021-12-31', counts: { on_time: 0, late: 0, missing: 0, pending: 2 } },
      { date: AS_OF, counts: { on_time: 1, late: 1, missing: 1, pending: 1 } },
    ]);
  });

  it('is empty, not broken, for a workspace without policies', () => {
    const view = buildOverview({ asOf: AS_OF, portfolio: [] });
    expect(view).toMatchObject({ policies: [], within7: [], within30: [], departments: [], trend: [] });
    expect(view.totals.onTimeRate).toBeNull();
  });
});
