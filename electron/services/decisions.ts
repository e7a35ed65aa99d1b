// The decisions domain: what the office decided on each obligation (办结, 延期, 免报, 退回, notes and 批示),
// recorded with its journal entry.
import type { Decision, DecisionKind, IsoDate } from '../../shared/types';
import { decisionLabel } from '../../shared/compliance/status-words';
import { measureCitation } from '../../shared/extract/measure-citation';
import { periodDueDates, recurringDeadline } from '../../shared/compliance';
import * as decisionsRepo from '../db/decisions';
import { WorkspaceError, type ServiceContext } from './context';
import { recordChange } from './journal';
import { load, requireMeasure } from './policy';
import type { DomainHandlers } from './workspace-api';

export interface DecisionInput {
  /** The policy (document id); absent: the first. */
  policy?: number;
  measure: number;
  department: string;
  period?: IsoDate | null;
  kind: DecisionKind;
  date: IsoDate;
  note?: string | null;
  newDue?: IsoDate | null;
  approver?: string | null;
}

const NEEDS_REASON: Partial<Record<DecisionKind, string>> = {
  extended: '延期需要写明理由。',
  exempt: '免报需要写明理由。',
  returned: '退回需要写明理由，理由会写入下一次催办通知。',
  note: '批示或备注不能为空。',
};

export function recordDecision(ctx: ServiceContext, input: DecisionInput): Decision {
  const measure = requireMeasure(ctx, input.measure, input.policy);
  const loaded = load(ctx, input.policy)!;
  const department = loaded.fold(input.department);
  if (!department) throw new WorkspaceError('bad-input', '部门名称不能为空。');
  const responsible = [...measure.lead, ...measure.support].includes(department);
  if (!responsible) throw new WorkspaceError('bad-input', `${department}不是${measureCitation(measure)}的责任单位。`);
  const note = input.note?.trim() || null;
  if (NEEDS_REASON[input.kind] && !note) throw new WorkspaceError('bad-input', NEEDS_REASON[input.kind]!);
  if (input.kind === 'extended' && !input.newDue) throw new WorkspaceError('bad-input', '延期需要新的完成时限。');
  if (input.period) {
    // A period is one of the recurring duty's due dates, counted from the date of issue.
    const recurring = recurringDeadline(measure);
    const issuedOn = loaded.policy.issuedOn;
    const dues = recurring && issuedOn ? periodDueDates(recurring, issuedOn, input.period) : [];
    if (!dues.includes(input.period)) throw new WorkspaceError('bad-input', `${measureCitation(measure)}没有应于${input.period}报送的一期。`);
  }
  if (input.kind === 'extended' && !input.approver?.trim()) throw new WorkspaceError('bad-input', '延期需要写明批准人。');
  const record: Omit<Decision, 'id'> = {
    policy: loaded.policyId,
    measure: input.measure,
    department,
    period: input.period ?? null,
    kind: input.kind,
    date: input.date,
    note,
    newDue: input.kind === 'extended' ? (input.newDue ?? null) : null,
    approver: input.kind === 'extended' ? (input.approver?.trim() ?? null) : null,
    measureTitle: measure.title,
  };
  const period = record.period ? `（${record.period}一期）` : '';
  const words = input.kind === 'note' ? `批示/备注：${note}` : `${decisionLabel(record)}${note ? `（${note}）` : ''}`;
  let id = 0;
  recordChange(ctx, { kind: 'decision', summary: `${measureCitation(measure)} · ${department}${period}：${words}`, measure: input.measure, department, policy: loaded.policyId }, [], () => {
    id = decisionsRepo.insertDecision(ctx.db, record);
    return [`decision:${id}`];
  });
  return { ...record, id };
}

export const decisionsHandlers = {
  'decisions/record': (ctx, input) => recordDecision(ctx, input),
} satisfies DomainHandlers<'decisions/record'>;
