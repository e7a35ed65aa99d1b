// Correcting a report: who sent it and when, whether it is a report at all, and which measures it answers
// (linked by hand with the passage that answers, or the whole report; wrong links removed).
import { useState } from 'react';
import { measureCiter } from '../../shared/extract/measure-citation';
import { displayFileName } from '../../shared/text/display-name';
import type { DocumentDetail } from '../../shared/views';
import { useApp } from '../app-context';
import { unwrap } from '../api/client';
import { useAsync } from '../lib/use-async';
import { useUndoOffer } from '../lib/use-undo-offer';
import { ChoiceList } from './choice-list';
import { DateField } from './date-field';
import { Modal } from './modal';

const splitNames = (text: string) => text.split(/[、，,；;\n]+/u).map((s) => s.trim()).filter(Boolean);

export function ReportCorrection({ id, onClose }: { id: number; onClose: () => void }) {
  const { client, dataVersion, dataChanged, notify, policyId, policies } = useApp();
  const offerUndo = useUndoOffer();
  const doc = useAsync(() => unwrap(client.call('documents/get', { id })), [id, dataVersion]);
  // Links are corrected per policy: the reading of the policy chosen here (the top bar's, else the first it answers).
  const [picked, setPicked] = useState<number | null>(null);
  const readings = doc.data?.readings ?? [];
  const reading = readings.find((r) => r.policy === picked) ?? readings.find((r) => r.policy === policyId) ?? readings[0];
  const linkPolicy = policies.length > 1 ? reading?.policy : undefined;
  const scope = linkPolicy !== undefined ? { policy: linkPolicy } : {};
  const policy = useAsync(() => unwrap(client.call('policy/get', scope)), [dataVersion, linkPolicy]);
  const known = useAsync(() => unwrap(client.call('departments/list', {})), [dataVersion]);

  if (doc.error) return <Modal title="更正报告" onClose={onClose}><p className="error">{doc.error}</p></Modal>;
  if (!doc.data) return <Modal title="更正报告" onClose={onClose}><p className="loading">正在读取…</p></Modal>;

  const measures = policy.data?.extract.measures ?? [];
  const cite = measureCiter(measures);
  const run = async (call: () => Promise<{ ok: boolean; error?: { message: string } }>, done: string) => {
    const r = await call();
    if (!r.ok) return notify('error', r.error!.message);
    dataChanged();
    await offerUndo('report', done);
  };

  return (
    <Modal title={`更正：${displayFileName(doc.data.fileName)}`} onClose={onClose} wide>
      <FactsForm key={`${doc.data.departments.join('、')}|${doc.data.date}`} doc={doc.data} departments={(known.data ?? []).map((d) => d.canonical)} onSave={(patch) => run(() => client.call('documents/correct', { id, ...patch }), '报告已更正')} />
      {policies.length > 1 && readings.length > 1 && (
        <label className="field small reading-pick">
          <span>更正对哪项政策的关联</span>
          <select value={reading?.policy ?? ''} onChange={(e) => setPicked(Number(e.target.value))} data-testid="correct-policy">
            {readings.map((r) => (
              <option key={r.policy} value={r.policy}>{r.label}</option>
            ))}
          </select>
        </label>
      )}
      {policies.length > 1 && readings.length === 0 && <p className="muted">这份报告未对应任何政策，先在“对应政策”中指定，再关联措施。</p>}
      {(policies.length < 2 || readings.length > 0) && <LinksForm
        key={reading?.policy ?? 0}
        doc={doc.data}
        analysis={policies.length > 1 ? (reading?.analysis ?? null) : doc.data.analysis}
        measures={measures.map((m) => ({ number: m.number, title: m.title }))}
        cite={cite}
        onLink={(measure, paragraph) => run(() => client.call('documents/link', { id, measure, paragraph, ...scope }), `已关联${cite(measure)}`)}
        onUnlink={(measure) => run(() => client.call('documents/unlink', { id, measure, ...scope }), `已取消与${cite(measure)}的关联`)}
      />}
      <div className="correction-role">
        <span>文件类型：落实报告</span>
        <button
          type="button"
          className="link small"
          onClick={() => run(() => client.call('documents/set-role', { id, role: 'policy' }), '已改为政策文件')}
          data-testid="report-as-policy"
        >
          改为政策文件
        </button>
      </div>
    </Modal>
  );
}

function FactsForm({ doc, departments, onSave }: { doc: DocumentDetail; departments: string[]; onSave: (patch: { departments?: string[]; date?: string }) => void }) {
  const [names, setNames] = useState(doc.departments.join('、'));
  const [date, setDate] = useState(doc.date ?? '');
  const save = () => {
    const list = splitNames(names);
    const patch: { departments?: string[]; date?: string } = {};
    if (list.join('、') !== doc.departments.join('、')) patch.departments = list.length ? list : [''];
    if (date && date !== doc.date) patch.date = date;
    onSave(patch);
  };
  return (
    <section className="correction-facts">
      <h3>报送单位和日期</h3>
      <div className="form-row">
        <label className="field grow">
          <span>报送单位（多个用顿号分隔，可从列表选择或直接输入）</span>
          <input list="known-departments" value={names} onChange={(e) => setNames(e.target.value)} data-testid="correct-departments" />
          <ChoiceList id="known-departments" text={names} departments={departments} />
        </label>
        <DateField className="field" label="报送日期" value={date} testId="correct-date" onCommit={setDate} />
        <button type="button" onClick={save} data-testid="correct-save">
          保存
        </button>
      </div>
    </section>
  );
}

function LinksForm({
  doc,
  analysis,
  measures,
  cite,
  onLink,
  onUnlink,
}: {
  doc: DocumentDetail;
  /** The reading whose links are shown (one policy's). */
  analysis: DocumentDetail['analysis'];
  measures: { number: number; title: string }[];
  /** A measure of the policy as it is cited (第6条, 第二部分第1条). */
  cite: (measure: number) => string;
  onLink: (measure: number, paragraph: number | null) => void;
  onUnlink: (measure: number) => void;
}) {
  const [measure, setMeasure] = useState('');
  const [paragraph, setParagraph] = useState('whole');
  const links = analysis?.links ?? [];
  const linked = analysis?.measures ?? doc.measures;
  return (
    <section className="correction-links">
      <h3>关联的措施</h3>
      {linked.length === 0 && <p className="muted">尚未关联任何措施。</p>}
      <ul className="link-list">
        {linked.map((m) => {
          const link = links.find((l) => l.measure === m);
          return (
            <li key={m} data-testid="report-link">
              {cite(m)}{link?.byHand ? <span className="tag tag-muted">手工关联</span> : null}
              {link && <span className="sub">：{link.excerpt.slice(0, 60)}</span>}
              <button type="button" className="link small danger" onClick={() => onUnlink(m)} data-testid={`unlink-${m}`}>
                取消关联
              </button>
            </li>
          );
        })}
      </ul>
      <div className="form-row">
        <label className="field">
          <span>措施</span>
          <select value={measure} onChange={(e) => setMeasure(e.target.value)} data-testid="link-measure">
            <option value="">请选择…</option>
            {measures.map((m) => (
              <option key={m.number} value={m.number}>
                {cite(m.number)} {m.title}
              </option>
            ))}
          </select>
        </label>
        <label className="field grow">
          <span>回应该措施的段落</span>
          <select value={paragraph} onChange={(e) => setParagraph(e.target.value)} data-testid="link-paragraph">
            <option value="whole">全文</option>
            {doc.paragraphs
              .filter((p) => p.text.trim())
              .map((p) => (
                <option key={p.index} value={p.index}>
                  第{p.index + 1}段：{p.text.slice(0, 40)}
                </option>
              ))}
          </select>
        </label>
        <button type="button" disabled={!measure} onClick={() => onLink(Number(measure), paragraph === 'whole' ? null : Number(paragraph))} data-testid="link-save">
          关联
        </button>
      </div>
    </section>
  );
}
