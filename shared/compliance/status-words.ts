// The words for what a department reported and what the office decided: the matrix, the lists, the
// comparison, the Word report, the notices and the CLI all print these, so they never disagree.
import type { Decision, IsoDate, ObligationStatus } from '../types';

export const REPORTED_LABEL: Record<ObligationStatus, string> = {
  on_time: '按时报送',
  late: '逾期报送',
  missing: '未报送',
  pending: '未到期',
};

export const DECISION_KIND_LABEL: Record<Decision['kind'], string> = {
  closed: '办结',
  extended: '延期',
  exempt: '免报',
  returned: '退回',
  note: '批示/备注',
};

/** 2022-03-31 → 2022年3月31日. */
export function dateWords(date: IsoDate): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return m ? `${+m[1]}年${+m[2]}月${+m[3]}日` : date;
}

/** The label of a decision in force: 办结, 延期至2022年3月31日, 免报, 退回. */
export function decisionLabel(d: Pick<Decision, 'kind' | 'newDue'>): string {
  if (d.kind === 'extended') return d.newDue ? `延期至${dateWords(d.newDue)}` : '延期';
  return DECISION_KIND_LABEL[d.kind];
}
