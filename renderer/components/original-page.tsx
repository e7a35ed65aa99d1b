// The report's own pages beside what was read from them: a scan's page with the text OCR read (scan-page.tsx), or
// a PDF's page drawn as it prints, with the paragraphs that answer the measure marked on it.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { OriginalKind, OriginalPdf } from '../../shared/views';
import { useApp } from '../app-context';
import { unwrap } from '../api/client';
import { useAsync } from '../lib/use-async';
import { passageBoxes, type Box } from '../lib/passage-boxes';
import type { OpenPdf } from '../lib/pdf-pages';
import { Modal } from './modal';
import { PagePager } from './page-pager';
import { ScanPageDialog } from './scan-page';

/** A paragraph to mark, with the page it starts on (as the import read it). */
export interface Passage {
  page?: number;
  text: string;
}

// The page is drawn this wide (CSS pixels) in the dialog.
const PAGE_WIDTH = 760;

/**
 * A PDF's page drawn as it prints, with the passages marked on it; it opens on the page of the first of them.
 * `markedAs` names them in the line that says whether the page holds any; `actions` stay in view above the page.
 */
export function PdfPageView({ original, passages, markedAs, actions }: { original: OriginalPdf; passages: Passage[]; markedAs: string; actions?: ReactNode }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [pdf, setPdf] = useState<OpenPdf | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [page, setPage] = useState(Math.max(1, passages.find((p) => p.page)?.page ?? 1));
  const [drawn, setDrawn] = useState<{ page: number; boxes: Box[] } | null>(null);
  // The passages as one value, so the page is drawn again only when they change.
  const marked = passages.map((p) => p.text).join('\u0000');

  useEffect(() => {
    let open: OpenPdf | null = null;
    let gone = false;
    // pdf.js is loaded the first time a page is shown, not with the window.
    import('../lib/pdf-pages').then(({ openPdf }) => openPdf(original.data)).then(
      (doc) => {
        if (gone) doc.close();
        else setPdf((open = doc));
      },
      () => setError(`无法显示「${original.fileName}」的原件页面：文件内容无法解析。`),
    );
    return () => {
      gone = true;
      open?.close();
    };
  }, [original]);

  useEffect(() => {
    if (!pdf || !canvas.current) return;
    let current = true;
    setDrawn(null);
    pdf.draw(page, canvas.current, PAGE_WIDTH).then(
      ({ runs }) => {
        // Each passage's part on this page (a passage may run on from the page before or to the next).
        if (current) setDrawn({ page, boxes: marked.split('\u0000').flatMap((text) => passageBoxes(runs, text)) });
      },
      () => current && setError(`无法显示「${original.fileName}」第 ${page} 页。`),
    );
    return () => {
      current = false;
    };
  }, [pdf, page, marked, original.fileName]);

  // The first marked paragraph is brought into view (it may be low on a long page).
  const sheet = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (drawn?.boxes.length) sheet.current?.querySelector('.passage-mark')?.scrollIntoView({ block: 'center' });
  }, [drawn]);

  const pages = pdf?.pageCount ?? original.pageCount ?? 1;
  return (
    <>
      {error && <p className="error">{error}</p>}
      <div className="original-head">
        {actions}
        <PagePager page={page} pages={pages} onPage={setPage} />
        {drawn && passages.length > 0 && (
          <p className="muted" data-testid="original-note">
            {drawn.boxes.length > 0 ? `黄色底色标出的是${markedAs}。` : `本页没有${markedAs}。`}
          </p>
        )}
      </div>
      <div className="original-page" ref={sheet} data-testid="original-page">
        <canvas ref={canvas} aria-label={`第 ${page} 页原件`} />
        {drawn?.page === page &&
          drawn.boxes.map((b, i) => (
            <span key={i} className="passage-mark" data-testid="passage-mark" style={{ left: b.x, top: b.y, width: b.width, height: b.height }} />
          ))}
      </div>
    </>
  );
}

function PdfPageDialog({ original, passages, onClose }: { original: OriginalPdf; passages: Passage[]; onClose: () => void }) {
  return (
    <Modal title={`${original.fileName}（原件）`} onClose={onClose} wide>
      <PdfPageView original={original} passages={passages} markedAs="与此条对应的段落" />
    </Modal>
  );
}

/**
 * Opens a document's original beside the comparison: a scan with the text read from it, or a PDF's page with the
 * given paragraphs (their indexes: a report's answering passages, a policy's measure) marked. Nothing for a
 * document whose pages cannot be shown; the document itself is fetched only when the button is used.
 */
export function OriginalPageButton({ documentId, kind, paragraphs }: { documentId: number; kind: OriginalKind | null; paragraphs: readonly number[] }) {
  const { client } = useApp();
  const [open, setOpen] = useState(false);
  const shown = useAsync(async () => {
    if (!open || !kind) return null;
    const [detail, original] = await Promise.all([
      unwrap(client.call('documents/get', { id: documentId })),
      kind === 'pdf' ? unwrap(client.call('documents/original', { id: documentId })) : Promise.resolve(null),
    ]);
    return detail ? { detail, original } : null;
  }, [open, kind, documentId]);
  if (!kind) return null;
  const close = () => setOpen(false);
  const detail = shown.data?.detail;
  const passages: Passage[] = (detail?.paragraphs ?? []).filter((p) => paragraphs.includes(p.index)).map((p) => ({ page: p.page, text: p.text }));
  return (
    <>
      <button type="button" className="link small" onClick={() => setOpen(true)} data-testid={kind === 'pdf' ? 'original-page-button' : 'scan-page-button'}>
        {kind === 'pdf' ? '对照原件' : '对照扫描原件'}
      </button>
      {open && shown.error && (
        <Modal title="原件" onClose={close}>
          <p className="error">{shown.error}</p>
        </Modal>
      )}
      {open && detail && kind === 'scan' && <ScanPageDialog detail={detail} firstPage={passages.find((p) => p.page)?.page ?? 1} onClose={close} />}
      {open && shown.data?.original && <PdfPageDialog original={shown.data.original} passages={passages} onClose={close} />}
    </>
  );
}
