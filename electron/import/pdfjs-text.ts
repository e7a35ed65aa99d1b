// PDF text through pdf.js (legacy build, the one meant for Node): the reader before PDFium, kept selectable for
// comparison. Without the character maps and standard font data pdf.js drops Chinese text set in non-embedded
// fonts, so both are pointed into the installed package.
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { ImportProblem } from './extracted';
import { SET_SPACE, type PdfPage, type PdfTextItem } from './pdf-layout';
import { BOLD_FACE, CORRUPT_PDF, ENCRYPTED_PDF, tooManyPages, type PdfReadOptions, type PdfText } from './pdf-text';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let loading: Promise<PdfJs> | null = null;

/** Loads pdf.js once. In Node it runs its worker code on the main thread, loaded here explicitly. */
export function loadPdfJs(): Promise<PdfJs> {
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
  // set-space: a space set between two Chinese characters is the writer's, as PDFium's reading keeps it
  return { str: raw.str.replace(/(?<=\p{Script=Han}) (?=\p{Script=Han})/gu, SET_SPACE), x: e, y: f, width: raw.width, size };
}

/**
 * space-overreach: pdf.js may give a space item the width of its glyph in unscaled text space, twenty times too wide
 * on a page drawn in twentieths of a point, so that a one-character gap reads as a gap between table cells. A blank
 * item cannot reach past the next item on its baseline: its width is cut to where that item starts.
 */
export function clipBlankWidths(items: PdfTextItem[]): PdfTextItem[] {
  return items.map((item, i) => {
    const next = items[i + 1];
    if (item.str.trim() !== '' || !next || Math.abs(next.y - item.y) > 0.01 * item.size || next.x <= item.x) return item;
    return item.x + item.width > next.x ? { ...item, width: next.x - item.x } : item;
  });
}

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

/** Reads every page's positioned text. Throws ImportProblem for encrypted, damaged or over-long documents. */
export async function readPdfJsText(bytes: Uint8Array, options: PdfReadOptions): Promise<PdfText> {
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
    if (name === 'PasswordException') throw new ImportProblem('encrypted-pdf', ENCRYPTED_PDF);
    throw new ImportProblem('corrupt-pdf', CORRUPT_PDF);
  }

  try {
    if (doc.numPages > options.maxPages) throw new ImportProblem('too-large', tooManyPages(doc.numPages, options.maxPages));
    const pages: PdfPage[] = [];
    for (let n = 1; n <= doc.numPages; n += 1) {
      options.checkpoint?.();
      let items: PdfTextItem[] = [];
      try {
        const page = await doc.getPage(n);
        const content = await page.getTextContent();
        const boldFonts = await boldFontNames(page, content.items as RawTextItem[]);
        items = clipBlankWidths(
          (content.items as RawTextItem[])
            .filter((it) => typeof it.str === 'string')
            .map((raw) => {
              const item = toItem(raw);
              if (item && raw.fontName && boldFonts.has(raw.fontName)) item.bold = true;
              return item;
            })
            .filter((it): it is PdfTextItem => it !== null),
        );
        page.cleanup();
      } catch {
        // A damaged page is reported as one without text; the rest of the document still counts.
      }
      pages.push({ number: n, items });
    }
    return { pageCount: doc.numPages, pages };
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}
