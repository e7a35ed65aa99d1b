// Correcting one measure of the ledger: title, departments (picked or typed), deadlines, targets; or removing
// it, or merging it into another. Saved as the office's correction, kept through every re-reading.
import { measureCitation } from '../../shared/extract/measure-citation';
import { useState } from 'react';
import type { DeadlineKind, Measure } from '../../shared/types';
import { useApp } from '../app-context';
import { DateField } from './date-field';
import { deadlineRows, measurePatch, splitNames, type DeadlineRow } from '../lib/measure-patch';
import { unknownDepartments } from '../../shared/corrections/typed-departments';
import { ChoiceList } from './choice-list';
import { latestDeadline } from '../../shared/compliance/due-dates';
import { formatDate } from '../lib/dates';
import { useUndoOffer } from '../lib/use-undo-offer';
import { targetWords } from '../../shared/extract/target-phrase';

const KINDS: [DeadlineKind, string][] = [
  ['by', '截止'],
  ['period', '期间'],
  ['monthly', '每月'],
  ['quarterly', '每季度'],
  ['annual', '每年'],
  ['ongoing', '长期'],
];

export function MeasureEditor({
  measure: m,
  measures,
  policy,
  departments,
  onDone,
}: {
  measure: Measure;
  /** The policy's measures, one of which this one may be merged into. */
  measures: Measure[];
  policy?: number;
  departments: string[];
  onDone: () => void;
}) {
  const { client, dataChanged, notify } = useApp();
  const offerUndo = useUndoOffer();
  const scope = policy !== undefined ? { policy } : {};
  const [title, setTitle] = useState(m.title);
  const [joint, setJoint] = useState(m.joint);
  const [lead, setLead] = useState(m.lead.join('、'));
  const [support, setSupport] = useState(m.support.join('、'));
  const [deadlines, setDeadlines] = useState<DeadlineRow[]>(() => deadlineRows(m));
  const [targets, setTargets] = useState(m.targets.map(targetWords).join('\n'));
  const [mergeInto, setMergeInto] = useState('');
  const target = measures.find((x) => String(x.number) === mergeInto);

  const call = async (r: Promise<{ ok: boolean; error?: { message: string } }>, done: string) => {
    const result = await r;
    if (!result.ok) return notify('error', result.error!.message);
    dataChanged();
    onDone();
    await offerUndo('ledger', done);
  };

  const save = () => {
    const patch = measurePatch(m, { title, lead, support, joint, deadlines, targets });
    if (Object.keys(patch).length === 0) return onDone();
    void call(client.call('policy/update-measure', { number: m.number, patch, ...scope }), `${measureCitation(m)}已更正`);
  };

  const setRow = (i: number, row: Partial<DeadlineRow>) => setDeadlines((list) => list.map((d, k) => (k === i ? { ...d, ...row } : d)));

  return (
    <div className="measure-editor" data-testid={`measure-editor-${m.number}`}>
      <label className="field">
        <span>标题</span>
        <input value={title} onChange={(e) => setTitle(e.target.value)} data-testid="edit-title" />
      </label>
      <div className="form-row">
        <label className="field grow">
          <span>{joint ? '共同负责单位' : '牵头单位'}（顿号分隔，可从列表选，也可直接输入）</span>
          <input list={`ledger-lead-${m.number}`} value={lead} onChange={(e) => setLead(e.target.value)} data-testid="edit-lead" />
        </label>
        {!joint && (
          <label className="field grow">
            <span>配合单位</span>
            <input list={`ledger-support-${m.number}`} value={support} onChange={(e) => setSupport(e.target.value)} data-testid="edit-support" />
          </label>
        )}
        <label className="check small">
          <input type="checkbox" checked={joint} onChange={(e) => setJoint(e.target.checked)} /> 共同负责
        </label>
        <ChoiceList id={`ledger-lead-${m.number}`} text={lead} departments={departments} />
        <ChoiceList id={`ledger-support-${m.number}`} text={support} departments={departments} />
      </div>
      <NewDepartments
        typed={[...splitNames(lead), ...(joint ? [] : splitNames(support))]}
        departments={departments}
        onUse={(name, ledgerName) => {
          const swap = (text: string) => splitNames(text).map((n) => (n.replace(/\s/g, '') === name ? ledgerName : n)).join('、');
          setLead(swap);
          setSupport(swap);
        }}
      />
      <div className="field">
        <span>完成时限</span>
        {deadlines.map((d, i) => (
          <div key={i} className="form-row deadline-row" data-testid="edit-deadline">
            <select value={d.kind} onChange={(e) => setRow(i, { kind: e.target.value as DeadlineKind })} data-testid={`edit-deadline-kind-${i}`}>
              {KINDS.map(([k, label]) => (
                <option key={k} value={k}>{label}</option>
              ))}
            </select>
            <DateField label="日期" value={d.date} optional testId={`edit-deadline-date-${i}`} onCommit={(date) => setRow(i, { date })} />
            <span className="muted small">{d.text}</span>
            <button type="button" className="link small danger" onClick={() => setDeadlines((list) => list.filter((_, k) => k !== i))}>
              删除
            </button>
          </div>
        ))}
        <DueRule deadlines={deadlines} />
        <button type="button" className="link small" onClick={() => setDeadlines((list) => [...list, { text: '', date: '', kind: 'by' }])} data-testid="edit-deadline-add">
          + 添加时限
        </button>
      </div>
      <label className="field">
        <span>量化指标（每行一条）</span>
        <textarea rows={2} value={targets} onChange={(e) => setTargets(e.target.value)} data-testid="edit-targets" />
      </label>
      <div className="form-row">
        <button type="button" onClick={save} data-testid="edit-save">
          保存更正
        </button>
        <button type="button" className="secondary" onClick={onDone}>
          取消
        </button>
        <div className="spacer" />
        <label className="field small">
          <span>并入</span>
          <select value={mergeInto} onChange={(e) => setMergeInto(e.target.value)} style={{ maxWidth: 220 }} data-testid="edit-merge-into">
            <option value="">请选择…</option>
            {measures.filter((x) => x.number !== m.number).map((x) => (
              <option key={x.number} value={x.number}>{`${measureCitation(x)} ${x.title}`}</option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="secondary small"
          disabled={!target}
          onClick={() => target && call(client.call('policy/merge-measures', { from: m.number, into: target.number, ...scope }), `${measureCitation(m)}已并入${measureCitation(target)}`)}
        >
          合并
        </button>
        <button
          type="button"
          className="link small danger"
          onClick={() => window.confirm(`${measureCitation(m)}不是措施，从台账中删除？可在“历史”中撤销。`) && call(client.call('policy/remove-measure', { number: m.number, ...scope }), `${measureCitation(m)}已删除`)}
        >
          不是措施，删除
        </button>
      </div>
    </div>
  );
}

/**
 * Typed names the ledger does not have, said before saving: a short form with the ledger's name to use instead
 * (saved as typed it would be a second row for one body), a name of no known body as a new department.
 */
function NewDepartments({ typed, departments, onUse }: { typed: string[]; departments: string[]; onUse: (name: string, ledgerName: string) => void }) {
  const unknown = unknownDepartments(typed, departments);
  if (unknown.length === 0) return null;
  return (
    <ul className="new-departments" data-testid="edit-new-departments">
      {unknown.map(({ name, ledgerName }) => (
        <li key={name} data-testid="edit-new-department">
          {ledgerName ? (
            <>
              “{name}”即台账中的“{ledgerName}”，按原样保存会多出一个部门。
              <button type="button" className="link small" onClick={() => onUse(name, ledgerName)} data-testid="edit-use-ledger-name">
                改为“{ledgerName}”
              </button>
            </>
          ) : (
            <>“{name}”不是台账中已有的部门，保存后将作为新的责任单位，请核对名称。</>
          )}
        </li>
      ))}
    </ul>
  );
}

/**
 * Which of several one-off deadlines decides lateness: the latest (shared/compliance/due-dates). Said while the dates
 * are corrected, since an earlier date typed beside a later one changes nothing.
 */
function DueRule({ deadlines }: { deadlines: DeadlineRow[] }) {
  if (deadlines.some((d) => d.kind === 'monthly' || d.kind === 'quarterly')) return null;
  const dated = deadlines.filter((d) => (d.kind === 'by' || d.kind === 'period') && d.date);
  const latest = latestDeadline({ deadlines: dated.map((d) => ({ text: d.text, date: d.date, kind: d.kind, beforeIssue: false, start: 0, end: 0 })) });
  if (dated.length < 2 || !latest) return null;
  return (
    <p className="muted small due-rule" data-testid="edit-due-rule">
      有{dated.length}个完成时限，按最晚的{formatDate(latest)}判断是否逾期；要以另一个日期为准，请删除或改动其余时限。
    </p>
  );
}
