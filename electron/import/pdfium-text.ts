// PDF text through PDFium (compiled to WebAssembly): each character with its origin, advance box, size, font name and
// weight, grouped into the positioned runs the layout reads. PDFium ships the CJK character maps it needs inside the
// module, so Chinese set in a font the PDF does not embed reads without any data files.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { PDFiumModule } from '@hyzyla/pdfium';
import { ImportProblem } from './extracted';
import type { PdfPage, PdfTextItem } from './pdf-layout';
import { BOLD_FACE, CORRUPT_PDF, ENCRYPTED_PDF, tooManyPages, type PdfReadOptions, type PdfText } from './pdf-text';

/** The PDFium functions used here, called on the module's exports directly (no argument-checking wrappers). */
interface PdfiumExports {
  memory: WebAssembly.Memory;
  malloc(size: number): number;
  free(ptr: number): void;
  FPDF_InitLibrary(): void;
  FPDF_LoadMemDocument(data: number, size: number, password: number): number;
  FPDF_GetLastError(): number;
  FPDF_CloseDocument(doc: number): void;
  FPDF_GetPageCount(doc: number): number;
  FPDF_LoadPage(doc: number, index: number): number;
  FPDF_ClosePage(page: number): void;
  FPDFText_LoadPage(page: number): number;
  FPDFText_ClosePage(text: number): void;
  FPDFText_CountChars(text: number): number;
  FPDFText_GetUnicode(text: number, i: number): number;
  FPDFText_IsGenerated(text: number, i: number): number;
  FPDFText_GetFontSize(text: number, i: number): number;
  FPDFText_GetFontWeight(text: number, i: number): number;
  FPDFText_GetFontInfo(text: number, i: number, buffer: number, length: number, flags: number): number;
  FPDFText_GetCharOrigin(text: number, i: number, x: number, y: number): number;
  FPDFText_GetLooseCharBox(text: number, i: number, rect: number): number;
  FPDFText_GetMatrix(text: number, i: number, matrix: number): number;
}

const FPDF_ERR_PASSWORD = 4;
/** Font flag (PDF 32000 table 123): the font is bold even where its name does not say so. */
const FORCE_BOLD = 1 << 18;

let loading: Promise<PdfiumExports> | null = null;

/** Loads and initialises PDFium once per thread; about 0.1 s, so hosts call it early to warm up. */
export function loadPdfium(): Promise<PdfiumExports> {
  loading ??= (async () => {
    const file = readFileSync(createRequire(import.meta.url).resolve('@hyzyla/pdfium/pdfium.wasm'));
    const wasmBinary = file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer;
    const module = await PDFiumModule({ wasmBinary, locateFile: () => '' });
    const pdfium = (module as unknown as { wasmExports: PdfiumExports }).wasmExports;
    pdfium.FPDF_InitLibrary();
    return pdfium;
  })();
  return loading;
}

/** Bytes of WebAssembly memory PDFium holds; it grows and never shrinks, so a worker past a bound is replaced. */
export function pdfiumMemoryBytes(): number {
  return loadedMemory?.buffer.byteLength ?? 0;
}
let loadedMemory: WebAssembly.Memory | null = null;

/** Scratch space for out-parameters, allocated once. */
const SCRATCH_BYTES = 256;

interface Glyph {
  ch: string;
  x: number;
  y: number;
  right: number;
  size: number;
  /** Font name, weight and flags: a change of font cuts a run, as in pdf.js. */
  font: string;
  bold: boolean;
}

const isSpace = (code: number) => code === 0x20 || code === 0xa0 || code === 0x3000 || code === 0x09 || code === 0x0a || code === 0x0d;

/** Rotated glyphs (watermarks, stamps) are not body text. */
function upright(m: Float32Array): boolean {
  return !(Math.abs(m[1]) > 0.01 * Math.abs(m[0]) || Math.abs(m[2]) > 0.01 * Math.abs(m[3]));
}

/** Gaps in font sizes, as pdf.js judges them: up to NO_SPACE the glyphs touch, up to IN_RUN_SPACE a space joins. */
const STEP_BACK = -0.2;
const NO_SPACE = 0.102;
const IN_RUN_SPACE = 0.6;

/**
 * Runs of glyphs set one after another on a baseline in one size and weight, the way pdf.js cuts its text items:
 * a gap of a third of a character becomes a space inside the run, a wider one or a step back starts a new run, and
 * a change of font starts one too (with a space run between when the gap asks for one). The layout then judges
 * the gaps between runs exactly as it does for pdf.js.
 */
function groupRuns(glyphs: Glyph[]): PdfTextItem[] {
  const items: PdfTextItem[] = [];
  let run: PdfTextItem | null = null;
  let font = '';
  let end = 0;
  for (const g of glyphs) {
    if (run) {
      const gap = g.x - end;
      const inFlow = Math.abs(g.y - run.y) <= 0.01 * run.size && gap >= STEP_BACK * run.size && gap <= IN_RUN_SPACE * run.size;
      const spaced = gap > NO_SPACE * run.size;
      if (inFlow && g.font === font && Math.abs(g.size - run.size) <= 0.01 * run.size) {
        run.str += spaced ? ` ${g.ch}` : g.ch;
        end = Math.max(end, g.right);
        run.width = end - run.x;
        continue;
      }
      if (inFlow && spaced) items.push({ str: ' ', x: end, y: run.y, width: gap, size: run.size });
    }
    run = { str: g.ch, x: g.x, y: g.y, width: g.right - g.x, size: g.size, ...(g.bold ? { bold: true } : {}) };
    end = g.right;
    font = g.font;
    items.push(run);
  }
  return items;
}

/** Reads every page's positioned text. Throws ImportProblem for encrypted, damaged or over-long documents. */
export async function readPdfiumText(bytes: Uint8Array, options: PdfReadOptions): Promise<PdfText> {
  const pdfium = await loadPdfium();
  loadedMemory = pdfium.memory;
  const data = pdfium.malloc(bytes.byteLength);
  const scratch = pdfium.malloc(SCRATCH_BYTES);
  if (!data || !scratch) throw new ImportProblem('corrupt-pdf', CORRUPT_PDF);
  new Uint8Array(pdfium.memory.buffer, data, bytes.byteLength).set(bytes);
  const doc = pdfium.FPDF_LoadMemDocument(data, bytes.byteLength, 0);
  try {
    if (!doc) {
      if (pdfium.FPDF_GetLastError() === FPDF_ERR_PASSWORD) throw new ImportProblem('encrypted-pdf', ENCRYPTED_PDF);
      throw new ImportProblem('corrupt-pdf', CORRUPT_PDF);
    }
    const pageCount = pdfium.FPDF_GetPageCount(doc);
    if (pageCount > options.maxPages) throw new ImportProblem('too-large', tooManyPages(pageCount, options.maxPages));
    const pages: PdfPage[] = [];
    const fonts = new Map<string, boolean>();
    for (let n = 0; n < pageCount; n += 1) {
      options.checkpoint?.();
      pages.push({ number: n + 1, items: readPage(pdfium, doc, n, scratch, fonts) });
    }
    return { pageCount, pages };
  } finally {
    if (doc) pdfium.FPDF_CloseDocument(doc);
    pdfium.free(scratch);
    pdfium.free(data);
  }
}

/** One page's runs; a page PDFium cannot load comes back empty (reported as a page without text). */
function readPage(pdfium: PdfiumExports, doc: number, index: number, scratch: number, fonts: Map<string, boolean>): PdfTextItem[] {
  const page = pdfium.FPDF_LoadPage(doc, index);
  if (!page) return [];
  const text = pdfium.FPDFText_LoadPage(page);
  try {
    if (!text) return [];
    const count = pdfium.FPDFText_CountChars(text);
    const glyphs: Glyph[] = [];
    for (let i = 0; i < count; i += 1) {
      // Spaces and line ends PDFium infers from gaps: the layout judges gaps itself.
      if (pdfium.FPDFText_IsGenerated(text, i) === 1) continue;
      const code = pdfium.FPDFText_GetUnicode(text, i);
      // Spaces set in the text only move the pen; the gap they leave is judged like any other.
      if (code === 0 || code === 0xfffe || code === 0xffff || isSpace(code)) continue;
      if (!pdfium.FPDFText_GetMatrix(text, i, scratch)) continue;
      if (!upright(new Float32Array(pdfium.memory.buffer, scratch, 6))) continue;
      if (!pdfium.FPDFText_GetCharOrigin(text, i, scratch, scratch + 8)) continue;
      const origin = new Float64Array(pdfium.memory.buffer, scratch, 2);
      const x = origin[0];
      const y = origin[1];
      // The loose box spans the glyph's advance, as a pdf.js run's width does.
      if (!pdfium.FPDFText_GetLooseCharBox(text, i, scratch)) continue;
      const box = new Float32Array(pdfium.memory.buffer, scratch, 4);
      const right = box[2];
      glyphs.push({
        ch: String.fromCodePoint(code),
        x,
        y,
        right: Math.max(right, x),
        size: pdfium.FPDFText_GetFontSize(text, i),
        ...fontOf(pdfium, text, i, scratch, fonts),
      });
    }
    return groupRuns(glyphs);
  } finally {
    if (text) pdfium.FPDFText_ClosePage(text);
    pdfium.FPDF_ClosePage(page);
  }
}

/** The glyph's font, and whether it is bold: by its name (as the pdf.js path reads it), weight or force-bold flag. */
function fontOf(pdfium: PdfiumExports, text: number, i: number, scratch: number, cache: Map<string, boolean>): { font: string; bold: boolean } {
  const weight = pdfium.FPDFText_GetFontWeight(text, i);
  const length = pdfium.FPDFText_GetFontInfo(text, i, scratch + 8, SCRATCH_BYTES - 8, scratch);
  const flags = new Int32Array(pdfium.memory.buffer, scratch, 1)[0];
  // The name comes back NUL-terminated (cut to the buffer); base font names are ASCII.
  const bytes = new Uint8Array(pdfium.memory.buffer, scratch + 8, Math.max(0, Math.min(length, SCRATCH_BYTES - 8) - 1));
  const name = String.fromCharCode(...bytes);
  const font = `${weight}/${flags}/${name}`;
  // Fonts repeat from glyph to glyph, so each is judged once per document.
  let bold = cache.get(font);
  if (bold === undefined) {
    bold = BOLD_FACE.test(name) || weight >= 700 || (flags & FORCE_BOLD) !== 0;
    cache.set(font, bold);
  }
  return { font, bold };
}
