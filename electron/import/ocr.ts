// Reads a scanned document (a PDF whose pages are pictures, or a .png / .jpg / .tif image) by OCR: each page as
// pixels, seal ink lifted out, lines recognised, then laid out by the PDF path's own line and paragraph builder.
// Runs wherever it is called: the import path calls it inside the OCR process (ocr-client.ts).
import type { OcrReading, TextSpan } from '../../shared/types';
import { ImportProblem, type Extracted } from './extracted';
import type { OcrEngine } from './ocr-engine';
import { decodeImage, inkGrey, type RgbaImage } from './ocr-image';
import { layoutOcr, type OcrPage } from './ocr-layout';
import { scanNote } from './ocr-notes';
import { openPdfRaster } from './pdf-raster';

export type ScanKind = 'pdf' | 'image';

/** Scanned PDF pages are rendered at this resolution: enough for 小四 text, small enough to read quickly. */
export const RENDER_DPI = 200;

/** Inches across an A4 page: the resolution of an image that does not state one is guessed from its width. */
const A4_SHORT_SIDE = 8.27;

/** Called before the first page and after each page with the pages done and the total. */
export type PageProgress = (done: number, total: number) => void;

async function pageImages(kind: ScanKind, bytes: Uint8Array): Promise<{ count: number; image(n: number): Promise<RgbaImage>; close(): void }> {
  if (kind === 'image') {
    const images = decodeImage(bytes);
    return { count: images.length, image: async (n) => images[n - 1], close: () => undefined };
  }
  let raster;
  try {
    raster = await openPdfRaster(bytes);
  } catch {
    throw new ImportProblem('corrupt-pdf', '文件已损坏或不是有效的 PDF 文件。');
  }
  return { count: raster.pageCount, image: (n) => raster.render(n, RENDER_DPI), close: () => raster.close() };
}

/** The uncertain stretches quoted with a character either side, for the warning. */
function quoteUncertain(text: string, uncertain: TextSpan[], limit: number): string {
  return uncertain
    .slice(0, limit)
    .map((s) => `「${text.slice(Math.max(0, s.start - 2), s.end + 2).replace(/\s+/g, '')}」`)
    .join('、');
}

/** The warning listing the stretches read with low confidence (`chars` characters in all); null when there are none. */
export function uncertainWarning(text: string, uncertain: TextSpan[], chars: number): string | null {
  if (uncertain.length === 0) return null;
  const more = uncertain.length > 5 ? ' 等' : '';
  return `有 ${uncertain.length} 处（共 ${chars} 字）识别把握不大，请对照原件核对：${quoteUncertain(text, uncertain, 5)}${more}。`;
}

export async function readScan(engine: OcrEngine, kind: ScanKind, bytes: Uint8Array, onPage?: PageProgress): Promise<Extracted> {
  const source = await pageImages(kind, bytes);
  const pages: OcrPage[] = [];
  // The page count is known before the first page is read: say so at once.
  onPage?.(0, source.count);
  try {
    for (let n = 1; n <= source.count; n += 1) {
      const image = await source.image(n);
      const dpi = image.dpi ?? Math.min(image.width, image.height) / A4_SHORT_SIDE;
      const lines = await engine.readPage(inkGrey(image));
      pages.push({ number: n, width: image.width, height: image.height, dpi, lines });
      onPage?.(n, source.count);
    }
  } finally {
    source.close();
  }
  const layout = layoutOcr(pages);
  if (!layout.text.trim()) {
    throw new ImportProblem('no-text', '未能从扫描件中识别出文字：图片可能过于模糊、方向不对或不是文字页面。');
  }
  const ocr: OcrReading = { engine: engine.name, pages: pages.length, uncertain: layout.uncertain };
  const warnings = [scanNote(engine.name)];
  const uncertain = uncertainWarning(layout.text, layout.uncertain, layout.uncertainChars);
  if (uncertain) warnings.push(uncertain);
  return {
    format: kind === 'pdf' ? 'pdf' : 'image',
    text: layout.text,
    blocks: layout.blocks,
    pageCount: pages.length,
    warnings,
    ocr,
  };
}
