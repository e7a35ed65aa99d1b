// Shows one imported document's paragraphs, scrolled to the paragraph a search hit or a list points at.
import { useEffect, useMemo, useRef } from 'react';
import { displayFileName } from '../../shared/text/display-name';
import { useApp } from '../app-context';
import { unwrap } from '../api/client';
import { describeAttribution } from '../../shared/portfolio/attribution-words';
import { documentRules } from '../lib/highlight';
import { useAsync } from '../lib/use-async';
import { useMeasureCitations } from '../lib/use-measure-citations';
import { MarkedText } from './marked-text';
import { Modal } from './modal';

export function DocumentViewer({ id, paragraph, terms, onClose }: { id: number; paragraph?: number; terms?: string[]; onClose: () => void }) {
  const { client } = useApp();
  const doc = useAsync(() => unwrap(client.call('documents/get', { id })), [id]);
  const cite = useMeasureCitations();
  const target = useRef<HTMLParagraphElement | null>(null);
  const rules = useMemo(() => documentRules({ departments: doc.data?.departments ?? [], terms }), [doc.data, terms]);

  useEffect(() => {
    target.current?.scrollIntoView({ block: 'center' });
  }, [doc.data]);

  return (
    <Modal title={doc.data ? displayFileName(doc.data.fileName) : '文件'} onClose={onClose} wide>
      {doc.error && <p className="error">{doc.error}</p>}
      {doc.data === null && <p className="error">这个文件已不在工作区中</p>}
      {doc.data && (
        <div className="doc-text">
          {doc.data.warnings.length > 0 && (
            <ul className="warnings">
              {doc.data.warnings.map((w, i) => (
                <li key={i}>{w}</li>
              ))}
            </ul>
          )}
          {(doc.data.readings?.length ?? 0) > 1 && (
            <section className="readings" data-testid="viewer-readings">
              <h3 className="reading-head">这份报告回应了 {doc.data.readings!.length} 项政策</h3>
              <ul className="readings-list">
                {doc.data.readings!.map((r) => {
                  const placed = doc.data!.policies?.find((a) => a.policy === r.policy);
                  return (
                    <li key={r.policy} data-testid="viewer-reading" data-policy={r.policy}>
                      <span className="policy-chip">{r.label}</span>{' '}
                      {r.analysis.measures.length ? (
                        <span className="measure-refs">{r.analysis.measures.map((m) => cite(r.policy, m)).join(' ')}</span>
                      ) : (
                        <span className="warn-text">未关联措施</span>
                      )}
                      {placed && <span className="sub">（{describeAttribution(placed)}）</span>}
                    </li>
                  );
                })}
              </ul>
            </section>
          )}
          {doc.data.paragraphs.map((p) => (
            <p
              key={p.index}
              ref={p.index === paragraph ? target : undefined}
              className={`${p.index === paragraph ? 'para-target' : ''}${p.heading || p.bold ? ' para-heading' : ''}`}
            >
              <MarkedText text={p.text} rules={rules} />
            </p>
          ))}
        </div>
      )}
    </Modal>
  );
}
