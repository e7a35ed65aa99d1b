// Which policies a report answers: shown with how each was found, and corrected by the office (or handed back
// to the automatic reading).
import { useState } from 'react';
import type { DocumentSummary } from '../../shared/views';
import { displayFileName } from '../../shared/text/display-name';
import { useApp } from '../app-context';
import { describeAttribution } from '../../shared/portfolio/attribution-words';
import { Modal } from './modal';
import { useUndoOffer } from '../lib/use-undo-offer';

/** Why a report was left on no policy: what the automatic reading looks for, none of which it found. */
export const UNPLACED_WHY =
  '自动判断看报告是否引用某项政策的文号或标题、标题所报事项是否与某项政策相同、报送单位是否承担某项政策的任务、内容是否与措施相近；这份报告都没有找到，所以未对应任何政策。';

/** The policies a report answers, each with how it was found; or, visibly, none. */
export function PlacedOn({ doc }: { doc: DocumentSummary }) {
  const placed = doc.policies ?? [];
  if (placed.length === 0) {
    return (
      <span className="unplaced" title={UNPLACED_WHY} data-testid="document-policy-none">
        未对应任何政策
      </span>
    );
  }
  return (
    <ul className="placed-on">
      {placed.map((a) => (
        <li key={a.policy} data-testid="document-policy" data-policy={a.policy} data-basis={a.basis} title={describeAttribution(a)}>
          <span className="policy-chip">{a.label}</span>
          {/* The number cited is the label itself: said once. */}
          <div className="sub">{describeAttribution(a.evidence === a.label ? { ...a, evidence: '' } : a)}</div>
        </li>
      ))}
    </ul>
  );
}

export function PolicyAttribution({ doc, onClose }: { doc: DocumentSummary; onClose: () => void }) {
  const { client, policies, dataChanged, notify } = useApp();
  const offerUndo = useUndoOffer();
  const [chosen, setChosen] = useState<number[]>((doc.policies ?? []).map((a) => a.policy));
  const [busy, setBusy] = useState(false);

  const save = async (list: number[] | null) => {
    setBusy(true);
    try {
      const r = await client.call('documents/attribute', { id: doc.id, policies: list });
      if (!r.ok) return notify('error', r.error.message);
      dataChanged();
      await offerUndo('report', list === null ? '已恢复自动判断' : list.length ? '已更正报告对应的政策' : '已标为不对应任何政策');
      onClose();
    } finally {
      setBusy(false);
    }
  };

  const toggle = (id: number) => setChosen((list) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id]));

  return (
    <Modal title={`对应政策：${displayFileName(doc.fileName)}`} onClose={onClose}>
      {(doc.policies ?? []).length === 0 && (
        <div className="unplaced-why" data-testid="unplaced-why">
          <p>{UNPLACED_WHY}</p>
          {doc.warnings.length > 0 && (
            <ul className="warnings compact">
              {doc.warnings.map((w, i) => (
                <li key={i}>{w}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      <p className="hint">这份报告回应的是哪项（或哪几项）政策。勾选后保存，报告按所选政策重新对照；都不勾选表示不对应任何政策。</p>
      <fieldset className="policy-choices" data-testid="attribution-choices">
        <legend className="visually-hidden">政策</legend>
        {policies.map((p) => (
          <label key={p.id} className="check" title={p.title}>
            <input type="checkbox" checked={chosen.includes(p.id)} onChange={() => toggle(p.id)} data-testid={`attribute-${p.id}`} />
            <span className="policy-chip">{p.label}</span>
            <span className="muted small">{p.title}</span>
          </label>
        ))}
      </fieldset>
      <div className="form-row">
        <button type="button" disabled={busy} onClick={() => save([...chosen].sort((a, b) => a - b))} data-testid="attribute-save">
          保存
        </button>
        <button
          type="button"
          className="secondary"
          disabled={busy}
          onClick={() => save(null)}
          title="去掉人工指定，按报告引用的文号、标题或内容判断"
          data-testid="attribute-auto"
        >
          恢复自动判断
        </button>
        <button type="button" className="secondary" onClick={onClose}>
          取消
        </button>
      </div>
    </Modal>
  );
}
