// 政策: the policy as a ledger of sections and measures, with who leads, who helps, by when, and how much.
import { useMemo, useRef, useState } from 'react';
import type { Deadline, Measure } from '../../shared/types';
import { useApp } from '../app-context';
import { unwrap } from '../api/client';
import { DateField } from '../components/date-field';
import { HistoryList } from '../components/history-list';
import { MarkedText } from '../components/marked-text';
import { MeasureEditor } from '../components/measure-editor';
import { ReadingReport } from '../components/reading-report';
import { formatDate } from '../lib/dates';
import { documentRules } from '../lib/highlight';
import { useAsync } from '../lib/use-async';
import { useUndoOffer } from '../lib/use-undo-offer';
import { middleHeadingRuns, middleHeadingText } from '../../shared/extract/middle-headings';
import { targetWords } from '../../shared/extract/target-phrase';

const KIND_LABEL: Record<Deadline['kind'], string> = {
  by: '截止',
  monthly: '每月',
  quarterly: '每季度',
  annual: '每年',
  period: '期间',
  'service-limit': '办理时限',
  ongoing: '长期',
};

const EVERY_LABEL: Record<string, string> = { week: '每周', 'half-year': '每半年' };

/** Weekly and half-yearly duties are kept as ongoing (no periods are tracked) but say how often. */
function kindLabel(d: Deadline): string {
  return (d.recurrence && EVERY_LABEL[d.recurrence.every]) ?? KIND_LABEL[d.kind];
}

export function PolicyView() {
  const { policies, policyId } = useApp();
  // 全部: the office picks the policy whose ledger it wants to read.
  if (policies.length > 1 && policyId === undefined) return <PolicyPicker />;
  return <Ledger policyId={policyId} />;
}

/** The workspace's policies, to pick one: its label, title, 文号, measures and the reports placed on it. */
function PolicyPicker() {
  const { client, dataVersion, policies, choosePolicy } = useApp();
  const details = useAsync(async () => {
    const [ledgers, docs] = await Promise.all([
      Promise.all(policies.map((p) => unwrap(client.call('policy/get', { policy: p.id })))),
      unwrap(client.call('documents/list', {})),
    ]);
    return policies.map((p, i) => ({
      measures: ledgers[i]?.extract.measures.length ?? 0,
      reports: docs.filter((d) => d.role === 'submission' && d.policies?.some((a) => a.policy === p.id)).length,
    }));
  }, [dataVersion, policies]);
  return (
    <div className="view policy-picker-view">
      <section className="panel">
        <h2>工作区中的政策 <span className="count">{policies.length}</span></h2>
        <p className="hint">选择一项政策查看和更正它的台账；也可以在顶栏切换政策。</p>
        {details.error && <p className="error">{details.error}</p>}
        <table className="table policies-table" data-testid="policies-table">
          <thead>
            <tr>
              <th style={{ width: 190 }}>简称</th>
              <th>标题</th>
              <th style={{ width: 200 }}>发文字号</th>
              <th style={{ width: 80 }}>措施</th>
              <th style={{ width: 90 }}>落实报告</th>
              <th style={{ width: 90 }} />
            </tr>
          </thead>
          <tbody>
            {policies.map((p, i) => (
              <tr key={p.id} data-testid="policy-row" data-policy={p.id}>
                <td>{p.label}</td>
                <td>
                  {p.title}
                  {p.issuer && <div className="sub">{p.issuer}{p.issuedOn ? ` · ${formatDate(p.issuedOn)}` : ''}</div>}
                </td>
                <td>{p.docNumber ?? <span className="muted">—</span>}</td>
                <td className="num">{details.data ? `${details.data[i].measures} 条` : '…'}</td>
                <td className="num">{details.data ? `${details.data[i].reports} 份` : '…'}</td>
                <td>
                  <button type="button" className="link" onClick={() => choosePolicy(p.id)} data-testid={`open-policy-${p.id}`}>
                    查看台账
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}

function Ledger({ policyId }: { policyId: number | undefined }) {
  const { client, dataVersion, navigate, policies, choosePolicy } = useApp();
  const scope = policyId !== undefined ? { policy: policyId } : {};
  const policy = useAsync(() => unwrap(client.call('policy/get', scope)), [dataVersion, policyId]);
  const cards = useRef(new Map<number, HTMLElement>());

  if (policy.error) return <div className="view"><p className="error">{policy.error}</p></div>;
  if (policy.loading && !policy.data) return <div className="view loading">正在读取政策…</div>;
  if (!policy.data) {
    return (
      <div className="view">
        <p className="empty">还没有政策文件。请在“文件”中以“政策文件”导入。</p>
        <button type="button" onClick={() => navigate('documents')}>去导入</button>
      </div>
    );
  }

  const { extract, corrected, review } = policy.data;
  const bySection = new Map<string | null, Measure[]>();
  for (const m of extract.measures) bySection.set(m.section, [...(bySection.get(m.section) ?? []), m]);
  const sections = [
    ...extract.sections.map((s) => ({ key: s.number as string | null, title: `${s.number}、${s.title}` })),
    ...(bySection.has(null) ? [{ key: null, title: '未分节的措施' }] : []),
  ];

  const jump = (n: number) => cards.current.get(n)?.scrollIntoView({ behavior: 'smooth', block: 'start' });

  return (
    <div className="view policy-view split-view">
      <aside className="ledger-index" aria-label="措施目录">
        {sections.map((s) => (
          <div key={s.key ?? 'none'} className="index-section">
            <div className="index-section-title">{s.title}</div>
            {middleHeadingRuns(bySection.get(s.key) ?? []).map((run) => [
              run.heading && <div key={`h${run.measures[0].number}`} className="index-middle-title">{middleHeadingText(run.heading)}</div>,
              ...run.measures.map((m) => (
                <button key={m.number} type="button" className="index-item" onClick={() => jump(m.number)}>
                  <span className="index-no">{m.number}</span>
                  <span className="index-title">{m.title}</span>
                  {m.deadlines.some((d) => d.beforeIssue) && <span className="dot-red" title="期限早于印发日期" />}
                </button>
              )),
            ])}
          </div>
        ))}
      </aside>
      <div className="ledger">
        <header className="policy-head panel">
          {policies.length > 1 && (
            <button type="button" className="link small" onClick={() => choosePolicy('all')} data-testid="all-policies">
              ← 全部政策（{policies.length} 项）
            </button>
          )}
          <h1>{extract.title}</h1>
          <dl className="meta">
            <div><dt>发文机关</dt><dd>{extract.issuer ?? '—'}</dd></div>
            <div><dt>发文字号</dt><dd>{extract.docNumber ?? '—'}</dd></div>
            <div><dt>成文日期</dt><dd>{formatDate(extract.issuedOn)}</dd></div>
            <div><dt>印发日期</dt><dd>{formatDate(extract.printedOn)}</dd></div>
            <div><dt>措施</dt><dd>{extract.measures.length} 条</dd></div>
            <div><dt>责任部门</dt><dd>{extract.departments.length} 个</dd></div>
          </dl>
          {extract.warnings.length > 0 && (
            <ul className="warnings">{extract.warnings.map((w, i) => <li key={i}>{w}</li>)}</ul>
          )}
          <MetaEditor key={policy.data.documentId} policy={policy.data.documentId} title={extract.title} docNumber={extract.docNumber} issuer={extract.issuer} issuedOn={extract.issuedOn} />
          {review.length > 0 && (
            <div className="review" data-testid="policy-review">
              <h3>需要核对的更正和决定（政策重新导入后未能对应）</h3>
              <ul>{review.map((r, i) => <li key={i}>{r.reason}</li>)}</ul>
            </div>
          )}
        </header>
        <ReadingReport extract={extract} onJump={jump} />
        {sections.map((s) => (
          <section key={s.key ?? 'none'} className="ledger-section">
            <h2 className="section-title">{s.title}</h2>
            {middleHeadingRuns(bySection.get(s.key) ?? []).map((run) => [
              run.heading && <h3 key={`h${run.measures[0].number}`} className="middle-title" data-testid="middle-heading">{middleHeadingText(run.heading)}</h3>,
              ...run.measures.map((m) => (
                <MeasureCard
                  key={m.number}
                  measure={m}
                  measures={extract.measures}
                  corrected={corrected.includes(m.number)}
                  departments={extract.departments}
                  ref={(el) => {
                    if (el) cards.current.set(m.number, el);
                    else cards.current.delete(m.number);
                  }}
                  policy={policy.data!.documentId}
                  onCompare={(department) => navigate('compare', { measure: m.number, department, policy: policy.data!.documentId })}
                />
              )),
            ])}
          </section>
        ))}
        <AddMeasure policy={policy.data.documentId} departments={extract.departments} />
      </div>
    </div>
  );
}

const splitNames = (text: string) => text.split(/[、，,；;\n]+/u).map((s) => s.trim()).filter(Boolean);

function MetaEditor({ policy, title, docNumber, issuer, issuedOn }: { policy: number; title: string; docNumber: string | null; issuer: string | null; issuedOn: string | null }) {
  const { client, dataChanged, notify } = useApp();
  const offerUndo = useUndoOffer();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState(title);
  const [number, setNumber] = useState(docNumber ?? '');
  const [by, setBy] = useState(issuer ?? '');
  const [date, setDate] = useState(issuedOn ?? '');
  if (!open) {
    return (
      <button type="button" className="link small" onClick={() => setOpen(true)} data-testid="edit-meta">
        更正标题、文号、发文机关、成文日期
      </button>
    );
  }
  const save = async () => {
    const patch = {
      ...(name.trim() && name.trim() !== title ? { title: name.trim() } : {}),
      ...(number.trim() !== (docNumber ?? '') ? { docNumber: number.trim() || null } : {}),
      ...(by.trim() !== (issuer ?? '') ? { issuer: by.trim() || null } : {}),
      ...(date !== (issuedOn ?? '') ? { issuedOn: date || null } : {}),
    };
    if (Object.keys(patch).length === 0) return setOpen(false);
    const r = await client.call('policy/update-meta', { ...patch, policy });
    if (!r.ok) return notify('error', r.error.message);
    setOpen(false);
    dataChanged();
    await offerUndo('ledger', '政策信息已更正');
  };
  return (
    <div className="form-row meta-editor">
      <label className="field grow meta-title"><span>标题</span><input value={name} onChange={(e) => setName(e.target.value)} data-testid="meta-title" /></label>
      <label className="field"><span>发文字号</span><input className="doc-number-input" value={number} onChange={(e) => setNumber(e.target.value)} data-testid="meta-doc-number" /></label>
      <label className="field grow"><span>发文机关</span><input value={by} onChange={(e) => setBy(e.target.value)} /></label>
      <DateField className="field" label="成文日期（决定只写月份的时限属于哪一年）" value={date} optional testId="meta-issued-on" onCommit={setDate} />
      <button type="button" onClick={save} data-testid="meta-save">保存</button>
      <button type="button" className="secondary" onClick={() => setOpen(false)}>取消</button>
    </div>
  );
}

function AddMeasure({ policy, departments }: { policy: number; departments: string[] }) {
  const { client, dataChanged, notify } = useApp();
  const offerUndo = useUndoOffer();
  const [title, setTitle] = useState('');
  const [lead, setLead] = useState('');
  const [text, setText] = useState('');
  const add = async () => {
    const r = await client.call('policy/add-measure', { policy, title, lead: splitNames(lead), ...(text.trim() ? { text } : {}) });
    if (!r.ok) return notify('error', r.error.message);
    setTitle('');
    setLead('');
    setText('');
    dataChanged();
    await offerUndo('ledger', '已添加措施');
  };
  return (
    <section className="panel add-measure">
      <h3>添加漏读的措施</h3>
      <div className="form-row">
        <label className="field grow"><span>标题</span><input value={title} onChange={(e) => setTitle(e.target.value)} data-testid="add-measure-title" /></label>
        <label className="field grow">
          <span>牵头单位</span>
          <input list="add-departments" value={lead} onChange={(e) => setLead(e.target.value)} />
          <datalist id="add-departments">{departments.map((d) => <option key={d} value={d} />)}</datalist>
        </label>
      </div>
      <label className="field"><span>原文</span><textarea rows={2} value={text} onChange={(e) => setText(e.target.value)} /></label>
      <button type="button" disabled={!title.trim()} onClick={add} data-testid="add-measure-save">添加</button>
    </section>
  );
}

function MeasureCard({
  measure: m,
  measures,
  corrected,
  departments,
  policy,
  ref,
  onCompare,
}: {
  measure: Measure;
  measures: Measure[];
  corrected: boolean;
  departments: string[];
  policy: number;
  ref: (el: HTMLElement | null) => void;
  onCompare: (department: string) => void;
}) {
  const [editing, setEditing] = useState(false);
  const [history, setHistory] = useState(false);
  const rules = useMemo(() => documentRules({ departments: [...m.rawDepartments, ...m.generic, ...m.lead, ...m.support] }), [m]);
  const chips = m.joint
    ? [...m.lead, ...m.support].map((d) => ({ d, role: 'joint' as const }))
    : [...m.lead.map((d) => ({ d, role: 'lead' as const })), ...m.support.map((d) => ({ d, role: 'support' as const }))];
  const roleWord = { lead: '牵头', support: '配合', joint: '共同' };
  return (
    <article className="measure-card panel" ref={ref} data-testid={`measure-${m.number}`}>
      <header className="measure-head">
        <span className="measure-no">{m.label || `${m.number}.`}</span>
        <h3>{m.title}</h3>
        {corrected && <span className="tag tag-muted" title="督查室已更正">已更正</span>}
        <div className="spacer" />
        <button type="button" className="link small" onClick={() => setHistory((v) => !v)} data-testid={`measure-history-${m.number}`}>
          历史
        </button>
        <button type="button" className="link small" onClick={() => setEditing((v) => !v)} data-testid={`measure-edit-${m.number}`}>
          更正
        </button>
      </header>
      {editing && <MeasureEditor measure={m} measures={measures} policy={policy} departments={departments} onDone={() => setEditing(false)} />}
      {history && <HistoryList filter={{ measure: m.number, policy }} compact />}
      <div className="chips">
        {chips.map(({ d, role }) => (
          <button key={`${role}-${d}`} type="button" className={`chip chip-${role}`} title={`查看${d}的落实报告对照`} onClick={() => onCompare(d)}>
            <span className="chip-role">{roleWord[role]}</span>
            {d}
          </button>
        ))}
        {m.generic.map((g) => (
          <span key={`g-${g}`} className="chip chip-generic" title="泛指，不对应具体部门">
            {g}
          </span>
        ))}
        {chips.length === 0 && m.generic.length === 0 && <span className="warn-text">未识别到责任部门</span>}
      </div>
      {(m.deadlines.length > 0 || m.targets.length > 0) && (
        <div className="facts">
          {m.deadlines.map((d, i) => (
            <div key={`d${i}`} className="fact">
              <span className="fact-kind">{kindLabel(d)}</span>
              <span className="fact-text">“{d.text}”</span>
              {d.date && <span className="fact-date">→ {formatDate(d.date)}</span>}
              {d.from && <span className="fact-date">（自 {formatDate(d.from)}）</span>}
              {d.beforeIssue && <span className="flag-red">早于印发日期</span>}
            </div>
          ))}
          {m.targets.map((t, i) => (
            <div key={`t${i}`} className="fact" data-testid="measure-target">
              <span className="fact-kind target">指标</span>
              <span className="fact-text">{targetWords(t)}</span>
            </div>
          ))}
        </div>
      )}
      <p className="measure-text">
        <MarkedText text={m.text} rules={rules} />
      </p>
    </article>
  );
}
