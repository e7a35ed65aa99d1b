import { describe, expect, it } from 'vitest';
import type { Decision, Obligation } from '../types';
import type { JournalEntry } from '../views';
import { buildDepartmentPage } from './department-page';
import type { PolicyCompliance } from './types';

const AS_OF = '2022-01-31';

function ob(measure: number, department: string, status: Obligation['status'], over: Partial<Obligation> = {}): Obligation {
  return { measure, department, role: 'lead', due: '2021-12-31', dueSource: 'deadline', status, respondedOn: status === 'on_time' ? '2021-12-20' : null, evidence: [], ...over };
}

function policy(id: number, label: string, obligations: Obligation[]): PolicyCompliance {
  return {
    policy: { id, title: label, docNumber: null, issuer: null, issuedOn: null, label },
    result: { asOf: AS_OF, reportDeadline: '2022-12-31', obligations, notes: { offDuty: [], unobliged: [], beforeIssue: [] } },
  };
}

function decision(id: number, measure: number, department: string, over: Partial<Decision & { policy?: number }> = {}): Decision & { policy?: number } {
  return { id, measure, department, period: null, kind: 'note', date: '2022-01-05', note: '请加快', newDue: null, approver: null, measureTitle: null, ...over } as Decision & { policy?: number };
}

function entry(id: number, department: string | null): JournalEntry {
  return { id, at: '2022-01-05T09:00:00', who: '张三', kind: 'decision', summary: '备注', measure: 1, department, before: {}, after: {}, undoes: null, undoable: true } as unknown as JournalEntry;
}

const portfolio = [
  policy(1, 'P1', [ob(2, '甲局', 'missing'), ob(1, '甲局', 'on_time', { evidence: [{ file: '甲局报告.docx', date: '2021-12-20', excerpt: '已完成', how: 'reference' } as never] }), ob(1, '乙局', 'late')]),
  policy(2, 'P2', [ob(1, '乙局', 'pending', { due: '2022-03-31' })]),
  policy(3, 'P3', [ob(4, '甲局', 'late', { role: 'support' })]),
];

describe('buildDepartmentPage', () => {
  it('lists what one department owes on every policy, policy by policy and measure by measure', () => {
    const page = buildDepartmentPage({ name: '甲局', asOf: AS_OF, portfolio, decisions: [], journal: [], measureNames: (p, m) => ({ label: `${p}.${m}`, title: `措施${m}` }) })!;
    expect(page.obligations.map((o) => [o.policyLabel, o.measureLabel, o.title, o.role, o.status])).toEqual([
      ['P1', '1.1', '措施1', 'lead', 'on_time'],
      ['P1', '1.2', '措施2', 'lead', 'missing'],
      ['P3', '3.4', '措施4', 'support', 'late'],
    ]);
    expect(page.obligations[0].evidence.map((e) => e.file)).toEqual(['甲局报告.docx']);
    expect(page.policies.map((p) => [p.policy.label, p.counts.on_time, p.counts.missing, p.counts.late])).toEqual([
      ['P1', 1, 1, 0],
      ['P3', 0, 0, 1],
    ]);
    expect(page.totals).toMatchObject({ counted: 3, due: 3, onTimeRate: 1 / 3 });
  });

  it('attaches the decisions of each obligation, and one marked for another policy stays there', () => {
    const page = buildDepartmentPage({
      name: '甲局',
      asOf: AS_OF,
      portfolio,
      decisions: [decision(2, 2, '甲局', { date: '2022-01-09' }), decision(1, 2, '甲局'), decision(3, 2, '乙局'), decision(4, 1, '甲局', { policy: 2 }), decision(5, 1, '甲局', { policy: 1 })],
      journal: [],
    })!;
    const byMeasure = (m: number) => page.obligations.find((o) => o.policy === 1 && o.measure === m)!;
    expect(byMeasure(2).decisions.map((d) => d.id)).toEqual([1, 2]);
    expect(byMeasure(1).decisions.map((d) => d.id)).toEqual([5]);
  });

  it('keeps only the journal entries naming the department', () => {
    const page = buildDepartmentPage({ name: '乙局', asOf: AS_OF, portfolio, decisions: [], journal: [entry(1, '乙局'), entry(2, '甲局'), entry(3, null)] })!;
    expect(page.history.map((e) => e.id)).toEqual([1]);
    expect(page.obligations.map((o) => o.policyLabel)).toEqual(['P1', 'P2']);
  });

  it.each([
    ['a name no policy nor journal knows', '丁局', []],
    ['an empty portfolio', '甲局', []],
  ])('is null for %s', (_name, name, journal) => {
    expect(buildDepartmentPage({ name, asOf: AS_OF, portfolio: name === '甲局' ? [] : portfolio, decisions: [], journal })).toBeNull();
  });

  it('still has a page for a department only the journal names (e.g. merged away)', () => {
    const page = buildDepartmentPage({ name: '丁局', asOf: AS_OF, portfolio, decisions: [], journal: [entry(7, '丁局')] })!;
    expect(page.obligations).toEqual([]);
    expect(page.history.map((e) => e.id)).toEqual([7]);
  });
});
