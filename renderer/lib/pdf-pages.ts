// The adapter to pdf.js in the window: opening a PDF from its bytes, drawing a page on a canvas, and the page's text
// runs with their boxes in the drawn page's pixels. pdf.js draws PDFs as faithfully as a browser can (its fonts, the
// CJK character maps a PDF without embedded Chinese fonts needs), which is why it is kept for showing pages while
// the import reads text with PDFium. The maps and standard fonts are served beside the page (see vite.config.ts).
import { GlobalWorkerOptions, Util, getDocument, type PDFDocumentProxy } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import type { PageRun } from './passage-boxes';

GlobalWorkerOptions.workerSrc = workerUrl;

/** Where the character maps and standard fonts are served, relative to the page. */
const PDFJS_ASSETS = 'pdfjs';

export interface OpenPdf {
  pageCount: number;
  /** Draws the page to fit `width` pixels; returns the page's text runs in the drawn page's pixels. */
  draw(page: number, canvas: HTMLCanvasElement, width: number): Promise<{ runs: PageRun[] }>;
  close(): void;
}

function fromBase64(data: string): Uint8Array {
  const binary = atob(data);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export async function openPdf(base64: string): Promise<OpenPdf> {
  const base = new URL(`${PDFJS_ASSETS}/`, document.baseURI).href;
  const doc: PDFDocumentProxy = await getDocument({
    data: fromBase64(base64),
    cMapUrl: `${base}cmaps/`,
    cMapPacked: true,
    standardFontDataUrl: `${base}standard_fonts/`,
    isEvalSupported: false,
  }).promise;
  return {
    pageCount: doc.numPages,
    async draw(n, canvas, width) {
      const page = await doc.getPage(n);
      const scale = width / page.getViewport({ scale: 1 }).width;
      const viewport = page.getViewport({ scale });
      // Drawn at the screen's own density, shown at `width` CSS pixels.
      const density = window.devicePixelRatio || 1;
      canvas.width = Math.floor(viewport.width * density);
      canvas.height = Math.floor(viewport.height * density);
      canvas.style.width = `${Math.floor(viewport.width)}px`;
      canvas.style.height = `${Math.floor(viewport.height)}px`;
      await page.render({ canvas, viewport, transform: density === 1 ? undefined : [density, 0, 0, density, 0, 0] }).promise;
      const content = await page.getTextContent();
      const runs: PageRun[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str === '') continue;
        const [, , c, d, e, f] = Util.transform(viewport.transform, item.transform);
        const size = Math.hypot(c, d);
        runs.push({ str: item.str, x: e, y: f - size, width: item.width * scale, height: size });
      }
      return { runs };
    },
    close() {
      void doc.destroy();
    },
  };
}
