// The office's decision on one obligation: 办结, 延期 (new date, reason, approver), 免报, 退回 (reason), or a
// note / leader's 批示; with the decisions already recorded and the obligation's own history.
import { useState } from 'react';
import type { Decision, DecisionKind, IsoDate, Obligation } from '../../shared/types';
import { DECISION_KIND_LABEL, decisionLabel } from '../../shared/compliance/status-words';
import { defaultDecisionDate } from '../../shared/compliance/decisions';
import { useApp } from '../app-context';
import { formatDate, todayIso } from '../lib/dates';
import { useUndoOffer } from '../lib/use-undo-offer';
import { DateField } from './date-field';
import { HistoryList } from './history-list';

const KINDS: DecisionKind[] = ['closed', 'extended', 'exempt', 'returned', 'note'];

const NOTE_LABEL: Record<DecisionKind, string> = {
  closed: '说明',
  extended: '延期理由',
  exempt: '免报理由',
  returned: '退回理由（写入下一次催办通知）',
  note: '批示/备注',
};

export function DecisionPanel({
  measure,
  department,
  policy,
  status,
  decisions,
}: {
  measure: number;
  department: string;
  /** The measure's policy; absent: the first policy. */
  policy?: number;
  status: Obligation;
  decisions: Decision[];
}) {
  const { client, dataChanged, asOf } = useApp();
  const offerUndo = useUndoOffer();
  const [kind, setKind] = useState<DecisionKind>('closed');
  // null: not typed, dated by the as-of date when that is before today (see defaultDecisionDate)
  const [typedDate, setDate] = useState<IsoDate | null>(null);
  const date = typedDate ?? defaultDecisionDate(asOf, todayIso());
  const [note, setNote] = useState('');
  const [newDue, setNewDue] = useState('');
  const [approver, setApprover] = useState('');
  const [period, setPeriod] = useState('');
  const [busy, setBusy] = useState(false);
  const [showHistory, setShowHistory] = useState(false);
  // What stops the decision being recorded, said beside the form rather than in a notice at the window's foot.
  const [problem, setProblem] = useState<string | null>(null);
  // 退回 sends back a report: with none received there is nothing to send back.
  const reported = status.respondedOn !== null || status.evidence.length > 0;
  const choose = (k: DecisionKind) => {
    setKind(k);
    setProblem(null);
  };

  const save = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const r = await client.call('decisions/record', {
        ...(policy !== undefined ? { policy } : {}),
        measure,
        department,
        kind,
        date,
        note: note.trim() || null,
        ...(period ? { period } : {}),
        ...(kind === 'extended' ? { newDue: newDue || null, approver: approver.trim() || null } : {}),
      });
      if (!r.ok) return setProblem(r.error.message);
      setNote('');
      dataChanged();
      await offerUndo('decision', `已记录：${r.value.kind === 'note' ? '批示/备注' : decisionLabel(r.value)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="decision-panel" data-testid="decision-panel">
      <div className="decision-form">
        <label className="field small">
          <span>决定</span>
          <select value={kind} onChange={(e) => choose(e.target.value as DecisionKind)} data-testid="decision-kind">
            {KINDS.map((k) => (
              <option key={k} value={k} disabled={k === 'returned' && !reported}>
                {k === 'returned' && !reported ? `${DECISION_KIND_LABEL[k]}（尚未收到报告）` : DECISION_KIND_LABEL[k]}
              </option>
            ))}
          </select>
        </label>
        <DateField className="field small" label="日期" value={date} testId="decision-date" onCommit={setDate} />
        {status.periods && status.periods.length > 0 && (
          <label className="field small">
            <span>期次</span>
            <select value={period} onChange={(e) => setPeriod(e.target.value)} data-testid="decision-period">
              <option value="">整项任务</option>
              {status.periods.map((p) => (
                <option key={p.due} value={p.due}>{formatDate(p.due)}一期</option>
              ))}
            </select>
          </label>
        )}
        {kind === 'extended' && (
          <>
            <DateField className="field small" label="延期至" value={newDue} optional testId="decision-new-due" onCommit={setNewDue} />
            <label className="field small">
              <span>批准人</span>
              <input value={approver} onChange={(e) => setApprover(e.target.value)} data-testid="decision-approver" />
            </label>
          </>
        )}
        <label className="field small grow">
          <span>{NOTE_LABEL[kind]}</span>
          <input
            value={note}
            onChange={(e) => setNote(e.target.value)}
            // Enter after the reason records the decision, as the button beside it does
            onKeyDown={(e) => {
              if (e.key === 'Enter' && !e.nativeEvent.isComposing && !busy) void save();
            }}
            aria-invalid={problem !== null && !note.trim()}
            aria-describedby={problem ? 'decision-problem' : undefined}
            data-testid="decision-note"
          />
        </label>
        <button type="button" className="small" disabled={busy} onClick={save} data-testid="decision-save">
          {kind === 'note' ? '记录批示/备注' : `记录${DECISION_KIND_LABEL[kind]}`}
        </button>
        <button type="button" className="link small" onClick={() => setShowHistory((v) => !v)}>
          {showHistory ? '收起历史' : '本项历史'}
        </button>
      </div>
      {date > asOf && (
        <p className="hint" data-testid="decision-after-as-of">
          日期晚于统计截止日期（{formatDate(asOf)}）：记录后，截至{formatDate(asOf)}的台账不计这项决定，统计截止日期到{formatDate(date)}或以后才计入。
        </p>
      )}
      {problem && (
        <p className="decision-problem" id="decision-problem" role="alert" data-testid="decision-problem">
          {problem}
        </p>
      )}
      {decisions.length > 0 && (
        <ul className="decision-list" data-testid="decision-list">
          {decisions.map((d) => (
            <li key={d.id} data-after-as-of={d.date > asOf || undefined}>
              <b>{d.kind === 'note' ? '批示/备注' : decisionLabel(d)}</b> {formatDate(d.date)}
              {d.date > asOf && <span className="tag tag-muted">晚于统计截止日期，此日未计</span>}
              {d.period && `（${formatDate(d.period)}一期）`}
              {d.note && `：${d.note}`}
              {d.approver && `（批准人：${d.approver}）`}
            </li>
          ))}
        </ul>
      )}
      {showHistory && <HistoryList filter={{ measure, department, ...(policy !== undefined ? { policy } : {}) }} compact />}
    </section>
  );
}
