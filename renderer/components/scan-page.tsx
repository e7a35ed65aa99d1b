// A scanned report beside the text OCR read from it: the page image (rendered again from the imported file) on
// one side, that page's paragraphs on the other, with the characters read with low confidence marked for checking.
import { useState, type ReactNode } from 'react';
import type { Paragraph, TextSpan } from '../../shared/types';
import type { DocumentDetail } from '../../shared/views';
import { useApp } from '../app-context';
import { unwrap } from '../api/client';
import { useAsync } from '../lib/use-async';
import { Modal } from './modal';
import { PagePager } from './page-pager';

/** Where the uncertain stretches of the extracted text fall inside a paragraph's (repaired) text. */
export function uncertainInParagraph(p: Paragraph, text: string, spans: TextSpan[]): TextSpan[] {
  const found: TextSpan[] = [];
  for (const span of spans) {
    if (span.start < p.start || span.start >= p.end) continue;
    const words = text.slice(span.start, span.end);
    // Repair joins lines, so the stretch sits at or a little before its offset in the extracted text.
    const near = Math.max(0, span.start - p.start - 8);
    const at = p.text.indexOf(words, near) >= 0 ? p.text.indexOf(words, near) : p.text.indexOf(words);
    if (at >= 0 && words) found.push({ start: at, end: at + words.length });
  }
  return found;
}

function MarkedUncertain({ p, detail }: { p: Paragraph; detail: DocumentDetail }) {
  const spans = uncertainInParagraph(p, detail.text, detail.ocr?.uncertain ?? []);
  const parts: ReactNode[] = [];
  let at = 0;
  spans.forEach((s, i) => {
    if (s.start < at) return;
    parts.push(p.text.slice(at, s.start));
    parts.push(
      <mark key={i} className="ocr-uncertain" title="识别把握不大，请对照原件核对" data-testid="ocr-uncertain">
        {p.text.slice(s.start, s.end)}
      </mark>,
    );
    at = s.end;
  });
  parts.push(p.text.slice(at));
  return <>{parts}</>;
}

export function ScanPageDialog({ detail, firstPage, onClose }: { detail: DocumentDetail; firstPage: number; onClose: () => void }) {
  const { client } = useApp();
  const pages = detail.ocr?.pages ?? detail.pageCount ?? 1;
  const [page, setPage] = useState(Math.min(Math.max(1, firstPage), pages));
  const image = useAsync(() => unwrap(client.call('documents/page-image', { id: detail.id, page })), [detail.id, page]);
  const onPage = detail.paragraphs.filter((p) => (p.page ?? 1) === page);
  return (
    <Modal title={`${detail.fileName}（扫描原件与识别文字）`} onClose={onClose} wide>
      <p className="muted">文字由 OCR（{detail.ocr?.engine}）识别得出；标黄的文字识别把握不大，请对照左侧原件核对。</p>
      <PagePager page={page} pages={pages} onPage={setPage} />
      <div className="scan-compare">
        <div className="scan-image">
          {image.error && <p className="error">{image.error}</p>}
          {image.loading && !image.data && <p className="muted">正在显示扫描页面……</p>}
          {image.data && <img src={image.data.dataUrl} width={image.data.width} height={image.data.height} alt={`第 ${page} 页扫描图像`} data-testid="scan-image" />}
        </div>
        <div className="scan-text doc-text">
          {onPage.map((p) => (
            <p key={p.index}>
              <MarkedUncertain p={p} detail={detail} />
            </p>
          ))}
        </div>
      </div>
    </Modal>
  );
}
