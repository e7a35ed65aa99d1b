// PDF through pdf.js (legacy build, the one meant for Node). Without the character maps and standard font data
// pdf.js drops Chinese text set in non-embedded fonts, so both are pointed into the installed package.
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { garbleScore } from './decode-text';
import { ImportProblem, type Extracted } from './extracted';
import { layoutPdf, type PdfPage, type PdfTextItem } from './pdf-layout';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let loading: Promise<PdfJs> | null = null;

/** Loads pdf.js once. In Node it runs its worker code on the main thread, loaded here explicitly. */
function loadPdfJs(): Promise<PdfJs> {
  loading ??= (async () => {
    const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })();
  return loading;
}

/** pdf.js reads these with fs in Node, so they are plain paths, and must end with a separator. */
function dataPaths() {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return {
    cMapUrl: join(root, 'cmaps') + sep,
    standardFontDataUrl: join(root, 'standard_fonts') + sep,
    wasmUrl: join(root, 'wasm') + sep,
  };
}

const PDF_MAGIC = Buffer.from('%PDF-');

export function looksLikePdf(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).includes(PDF_MAGIC);
}

const CORRUPT = '文件已损坏或不是有效的 PDF 文件。';

interface RawTextItem {
  str: string;
  fontName?: string;
  transform: number[];
  width: number;
  height: number;
}

function toItem(raw: RawTextItem): PdfTextItem | null {
  const [a, b, c, d, e, f] = raw.transform;
  // Rotated runs (watermarks, stamps) are not body text.
  if (Math.abs(b) > 0.01 * Math.abs(a) || Math.abs(c) > 0.01 * Math.abs(d)) return null;
  const size = Math.hypot(c, d) || raw.height;
  return { str: raw.str, x: e, y: f, width: raw.width, size };
}

const BOLD_FACE = /bold|heavy|black|semibold|demi|黑体|simhei|heiti/i;

/** Which of a page's fonts are bold faces: a measure's title is often set in bold. Needs the fonts loaded. */
async function boldFontNames(page: any, items: RawTextItem[]): Promise<Set<string>> {
  const bold = new Set<string>();
  try {
    await page.getOperatorList();
    for (const name of new Set(items.map((it) => it.fontName).filter((n): n is string => !!n))) {
      try {
        if (BOLD_FACE.test(String(page.commonObjs.get(name)?.name ?? ''))) bold.add(name);
      } catch {
        /* a font pdf.js did not load: treat it as regular */
      }
    }
  } catch {
    /* no operator list (damaged page): no bold hints */
  }
  return bold;
}

export async function extractPdf(bytes: Uint8Array): Promise<Extracted> {
  if (!looksLikePdf(bytes)) throw new ImportProblem('corrupt-pdf', CORRUPT);
  const pdfjs = await loadPdfJs();
  const task = pdfjs.getDocument({
    // pdf.js takes ownership of the buffer it is given.
    data: new Uint8Array(bytes),
    ...dataPaths(),
    cMapPacked: true,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (err) {
    await task.destroy().catch(() => undefined);
    const name = (err as { name?: string })?.name;
    if (name === 'PasswordException') {
      throw new ImportProblem('encrypted-pdf', '该 PDF 已加密（需要密码才能打开），请先解除密码保护后再导入。');
    }
    throw new ImportProblem('corrupt-pdf', CORRUPT);
  }

  try {
    const pages: PdfPage[] = [];
    const blankPages: number[] = [];
    for (let n = 1; n <= doc.numPages; n += 1) {
      let items: PdfTextItem[] = [];
      try {
        const page = await doc.getPage(n);
        const content = await page.getTextContent();
        // A page without text has no fonts to look at; its operator list would only decode the scanned picture.
        const boldFonts = content.items.length ? await boldFontNames(page, content.items as RawTextItem[]) : new Set<string>();
        items = (content.items as RawTextItem[])
          .filter((it) => typeof it.str === 'string')
          .map((raw) => {
            const item = toItem(raw);
            if (item && raw.fontName && boldFonts.has(raw.fontName)) item.bold = true;
            return item;
          })
          .filter((it): it is PdfTextItem => it !== null);
        page.cleanup();
      } catch {
        // A damaged page is reported as one without text; the rest of the document still counts.
      }
      if (!items.some((it) => it.str.trim())) blankPages.push(n);
      pages.push({ number: n, items });
    }

    const layout = layoutPdf(pages);
    const visible = layout.blocks.map((b) => b.text).join('');
    if (doc.numPages === 0) throw new ImportProblem('corrupt-pdf', CORRUPT);
    if (!visible.trim()) {
      throw new ImportProblem('image-only-pdf', '该 PDF 没有文字层（可能是扫描件），需先进行文字识别（OCR）。');
    }
    // Fonts without a Unicode map give private-use or control characters instead of text.
    if (garbleScore(visible) > 0.3) {
      throw new ImportProblem(
        'garbled-text',
        '该 PDF 的文字层无法正确解码（字体缺少字符映射），读出的是乱码。请重新导出 PDF，或先进行文字识别（OCR）。',
      );
    }
    const warnings: string[] = [];
    if (blankPages.length > 0) {
      warnings.push(`第 ${blankPages.join('、')} 页没有可读取的文字（可能是扫描页或空白页），这些页的内容未导入。`);
    }
    return { format: 'pdf', text: layout.text, blocks: layout.blocks, pageCount: doc.numPages, warnings };
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}
