// Shows one imported document's paragraphs, scrolled to the paragraph a search hit or a list points at.
import { useEffect, useMemo, useRef, useState } from 'react';
import { displayFileName } from '../../shared/text/display-name';
import { useApp } from '../app-context';
import { unwrap } from '../api/client';
import { describeAttribution } from '../../shared/portfolio/attribution-words';
import { documentRules } from '../lib/highlight';
import { useAsync } from '../lib/use-async';
import { useMeasureCitations } from '../lib/use-measure-citations';
import { MarkedText } from './marked-text';
import { Modal } from './modal';
import { PdfPageView } from './original-page';

export function DocumentViewer({ id, paragraph, terms, onClose }: { id: number; paragraph?: number; terms?: string[]; onClose: () => void }) {
  const { client } = useApp();
  const doc = useAsync(() => unwrap(client.call('documents/get', { id })), [id]);
  const cite = useMeasureCitations();
  const target = useRef<HTMLParagraphElement | null>(null);
  const rules = useMemo(() => documentRules({ departments: doc.data?.departments ?? [], terms }), [doc.data, terms]);
  // A PDF can be seen as it prints, with the paragraph pointed at marked on its page.
  const [asPrinted, setAsPrinted] = useState(false);
  const isPdf = doc.data?.format === 'pdf' && !doc.data.ocr;
  const original = useAsync(() => (asPrinted ? unwrap(client.call('documents/original', { id })) : Promise.resolve(null)), [asPrinted, id]);
  const pointed = doc.data?.paragraphs.find((p) => p.index === paragraph);
  const toggle = (
    <button type="button" className="link small" onClick={() => setAsPrinted((v) => !v)} data-testid="viewer-as-printed">
      {asPrinted ? '查看文字' : '查看原件'}
    </button>
  );

  useEffect(() => {
    target.current?.scrollIntoView({ block: 'center' });
  }, [doc.data]);

  return (
    <Modal title={doc.data ? displayFileName(doc.data.fileName) : '文件'} onClose={onClose} wide>
      {doc.error && <p className="error">{doc.error}</p>}
      {doc.data === null && <p className="error">这个文件已不在工作区中</p>}
      {isPdf && !(asPrinted && original.data) && toggle}
      {asPrinted && original.error && <p className="error">{original.error}</p>}
      {asPrinted && original.data && (
        <PdfPageView original={original.data} passages={pointed ? [{ page: pointed.page, text: pointed.text }] : []} markedAs="所指的段落" actions={toggle} />
      )}
      {doc.data && !asPrinted && (
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
