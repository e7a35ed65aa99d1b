// PDF text through PDFium (compiled to WebAssembly): each character with its origin, advance box, size, font name and
// weight, grouped into the positioned runs the layout reads. PDFium ships the CJK character maps it needs inside the
// module, so Chinese set in a font the PDF does not embed reads without any data files.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { PDFiumModule } from '@hyzyla/pdfium';
import { ImportProblem } from './extracted';
import { SET_SPACE, type PdfPage, type PdfTextItem, type Rule } from './pdf-layout';
import { BOLD_FACE, CORRUPT_PDF, ENCRYPTED_PDF, tooManyPages, type PdfReadOptions, type PdfText } from './pdf-text';
import { isHan } from '../../shared/text/word-space';

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
  FPDFPage_CountObjects(page: number): number;
  FPDFPage_GetObject(page: number, i: number): number;
  FPDFPageObj_GetType(object: number): number;
  FPDFPageObj_GetBounds(object: number, left: number, bottom: number, right: number, top: number): number;
}

/** FPDF_PAGEOBJ_PATH: a page object drawn as lines and fills. */
const PATH_OBJECT = 2;
/** A path no taller than this (points) and at least this wide draws a horizontal rule. */
const RULE_HEIGHT = 2;
const RULE_WIDTH = 4;

const FPDF_ERR_PASSWORD = 4;
/** Font flag (PDF 32000 table 123): the font is bold even where its name does not say so. */
const FORCE_BOLD = 1 << 18;

/**
 * PDFium's memory ceiling. Its WebAssembly memory grows with what it parses and never shrinks; the module as shipped
 * may grow to 2 GiB. Lowering the maximum in the binary makes an allocation past the ceiling fail inside PDFium,
 * which aborts that document (a fresh instance is made for the next) instead of taking the process's memory.
 */
export const PDFIUM_MEMORY_BYTES = 192 * 1024 * 1024;
const WASM_PAGE = 64 * 1024;

function readLeb(bytes: Uint8Array, at: number): { value: number; next: number } {
  let value = 0;
  let shift = 0;
  let next = at;
  for (;;) {
    const b = bytes[next++];
    value += (b & 0x7f) * 2 ** shift;
    shift += 7;
    if (!(b & 0x80)) return { value, next };
  }
}

function leb(value: number): number[] {
  const out: number[] = [];
  let v = value;
  do {
    let b = v & 0x7f;
    v = Math.floor(v / 128);
    if (v) b |= 0x80;
    out.push(b);
  } while (v);
  return out;
}

/** The module binary with its one memory's maximum set to `maxBytes` (the memory section rewritten). */
export function withMemoryCap(binary: Uint8Array, maxBytes: number): Uint8Array {
  let at = 8;
  while (at < binary.length) {
    const id = binary[at];
    const size = readLeb(binary, at + 1);
    const body = size.next;
    const end = body + size.value;
    if (id === 5) {
      const count = readLeb(binary, body);
      if (count.value !== 1) return binary;
      const flags = binary[count.next];
      const min = readLeb(binary, count.next + 1);
      const maxPages = Math.max(min.value, Math.floor(maxBytes / WASM_PAGE));
      const section = [1, flags | 1, ...leb(min.value), ...leb(maxPages)];
      const patched = new Uint8Array([...binary.subarray(0, at), 5, ...leb(section.length), ...section]);
      const out = new Uint8Array(patched.length + binary.length - end);
      out.set(patched);
      out.set(binary.subarray(end), patched.length);
      return out;
    }
    at = end;
  }
  return binary;
}

let loading: Promise<PdfiumExports> | null = null;

/** Loads and initialises PDFium once per thread; about 0.1 s, so hosts call it early to warm up. */
export function loadPdfium(): Promise<PdfiumExports> {
  loading ??= (async () => {
    const file = readFileSync(createRequire(import.meta.url).resolve('@hyzyla/pdfium/pdfium.wasm'));
    const capped = withMemoryCap(file, PDFIUM_MEMORY_BYTES);
    const wasmBinary = capped.buffer.slice(capped.byteOffset, capped.byteOffset + capped.byteLength) as ArrayBuffer;
    const quiet = () => undefined;
    const module = await PDFiumModule({ wasmBinary, locateFile: () => '', print: quiet, printErr: quiet } as Parameters<typeof PDFiumModule>[0]);
    const pdfium = (module as unknown as { wasmExports: PdfiumExports }).wasmExports;
    pdfium.FPDF_InitLibrary();
    return pdfium;
  })();
  return loading;
}

/** Bytes of WebAssembly memory the current PDFium instance holds. */
export function pdfiumMemoryBytes(): number {
  return loadedMemory?.buffer.byteLength ?? 0;
}
let loadedMemory: WebAssembly.Memory | null = null;

/** The message for a document PDFium ran out of its memory on. */
export const PDFIUM_OUT_OF_MEMORY = `该 PDF 内容过于复杂，解析时所需内存超过了 ${PDFIUM_MEMORY_BYTES / 1024 / 1024} MB 的上限，未导入。`;

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
  /** A space the text sets comes right before it (set-space). */
  afterSpace?: boolean;
}

const isSpace = (code: number) => code === 0x20 || code === 0xa0 || code === 0x3000 || code === 0x09 || code === 0x0a || code === 0x0d;

/** Rotated glyphs (watermarks, stamps) are not body text. */
function upright(m: Float32Array): boolean {
  // FS_MATRIX: a, b, c, d, e, f.
  return !(Math.abs(m[1]) > 0.01 * Math.abs(m[0]) || Math.abs(m[2]) > 0.01 * Math.abs(m[3]));
}

/**
 * scaled-size: how much a glyph's matrix stretches it upright. PDFium gives the size set by the font operator (Tf),
 * which is the printed size only when the text and page matrices do not scale: some generators draw in twentieths of
 * a point (a page matrix of 0.05) with fonts set at 319, or set fonts at 1 and scale the text matrix to 16. The
 * printed size is the two multiplied, as pdf.js reports it. A matrix that PDFium reads as zero is taken as no scale.
 */
export function verticalScale(m: ArrayLike<number>): number {
  const scale = Math.hypot(m[2], m[3]);
  return scale > 0 && Number.isFinite(scale) ? scale : 1;
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
export class RunBuilder {
  readonly items: PdfTextItem[] = [];
  private run: PdfTextItem | null = null;
  private font = '';
  private end = 0;

  add(g: Glyph): void {
    const run = this.run;
    if (run) {
      const gap = g.x - this.end;
      const onLine = Math.abs(g.y - run.y) <= 0.01 * run.size && gap >= STEP_BACK * run.size;
      const inFlow = onLine && gap <= IN_RUN_SPACE * run.size;
      const spaced = gap > NO_SPACE * run.size;
      const space = onLine && g.afterSpace && isHan(run.str[run.str.length - 1]) && isHan(g.ch) ? SET_SPACE : spaced ? ' ' : '';
      if (inFlow && g.font === this.font && Math.abs(g.size - run.size) <= 0.01 * run.size) {
        run.str += space + g.ch;
        this.end = Math.max(this.end, g.right);
        run.width = this.end - run.x;
        return;
      }
      if (space === SET_SPACE || (inFlow && spaced)) this.items.push({ str: space, x: this.end, y: run.y, width: gap, size: run.size });
    }
    this.run = { str: g.ch, x: g.x, y: g.y, width: g.right - g.x, size: g.size, ...(g.bold ? { bold: true } : {}) };
    this.end = g.right;
    this.font = g.font;
    this.items.push(this.run);
  }
}

/** Reads every page's positioned text. Throws ImportProblem for encrypted, damaged or over-long documents. */
export async function readPdfiumText(bytes: Uint8Array, options: PdfReadOptions): Promise<PdfText> {
  const pdfium = await loadPdfium();
  try {
    return readWith(pdfium, bytes, options);
  } catch (err) {
    if (!(err instanceof WebAssembly.RuntimeError)) throw err;
    // A trap inside PDFium (its allocator failing at the ceiling, or worse) leaves the instance unusable.
    loading = null;
    loadedMemory = null;
    throw new ImportProblem('too-large', PDFIUM_OUT_OF_MEMORY);
  }
}

function readWith(pdfium: PdfiumExports, bytes: Uint8Array, options: PdfReadOptions): PdfText {
  loadedMemory = pdfium.memory;
  const data = pdfium.malloc(bytes.byteLength);
  const scratch = pdfium.malloc(SCRATCH_BYTES);
  if (!data || !scratch) {
    pdfium.free(data);
    pdfium.free(scratch);
    throw new ImportProblem('too-large', PDFIUM_OUT_OF_MEMORY);
  }
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
    const fonts = new Fonts();
    const views = new Scratch(pdfium.memory, scratch);
    for (let n = 0; n < pageCount; n += 1) {
      options.checkpoint?.();
      pages.push({ number: n + 1, ...readPage(pdfium, doc, n, views, fonts) });
    }
    return { pageCount, pages };
  } finally {
    if (doc) pdfium.FPDF_CloseDocument(doc);
    pdfium.free(scratch);
    pdfium.free(data);
  }
}

/** Typed views over PDFium's memory at the scratch area, made again only when the memory has grown. */
class Scratch {
  private buffer: ArrayBuffer | null = null;
  f32!: Float32Array;
  f64!: Float64Array;
  i32!: Int32Array;
  u8!: Uint8Array;
  constructor(
    private readonly memory: WebAssembly.Memory,
    readonly at: number,
  ) {}
  views(): this {
    if (this.buffer !== this.memory.buffer) {
      this.buffer = this.memory.buffer;
      this.f32 = new Float32Array(this.buffer, this.at, 8);
      this.f64 = new Float64Array(this.buffer, this.at, 4);
      this.i32 = new Int32Array(this.buffer, this.at, 8);
      this.u8 = new Uint8Array(this.buffer, this.at, SCRATCH_BYTES);
    }
    return this;
  }
}

/** Name, flags and weight of glyphs' fonts; consecutive glyphs mostly share one, so the last is remembered. */
class Fonts {
  private judged = new Map<string, boolean>();
  private lastBytes = new Uint8Array(SCRATCH_BYTES);
  private lastLength = -1;
  private lastFlags = 0;
  private last = { font: '', bold: false };

  /** The glyph's font, and whether it is bold: by its name (as the pdf.js path reads it), weight or force-bold flag. */
  of(pdfium: PdfiumExports, text: number, i: number, scratch: Scratch): { font: string; bold: boolean } {
    const length = Math.max(0, Math.min(pdfium.FPDFText_GetFontInfo(text, i, scratch.at + NAME_AT, SCRATCH_BYTES - NAME_AT, scratch.at), SCRATCH_BYTES - NAME_AT) - 1);
    const v = scratch.views();
    const flags = v.i32[0];
    if (length === this.lastLength && flags === this.lastFlags && this.sameName(v.u8, length)) return this.last;
    // The name comes back NUL-terminated (cut to the buffer); base font names are ASCII.
    const name = String.fromCharCode(...v.u8.subarray(NAME_AT, NAME_AT + length));
    this.lastBytes.set(v.u8.subarray(NAME_AT, NAME_AT + length));
    this.lastLength = length;
    this.lastFlags = flags;
    const key = `${flags}/${name}`;
    let bold = this.judged.get(key);
    if (bold === undefined) {
      const weight = pdfium.FPDFText_GetFontWeight(text, i);
      bold = BOLD_FACE.test(name) || weight >= 700 || (flags & FORCE_BOLD) !== 0;
      this.judged.set(key, bold);
    }
    this.last = { font: key, bold };
    return this.last;
  }

  private sameName(u8: Uint8Array, length: number): boolean {
    for (let k = 0; k < length; k += 1) if (u8[NAME_AT + k] !== this.lastBytes[k]) return false;
    return true;
  }
}

/** Where in the scratch area a font's name is written (after the flags). */
const NAME_AT = 8;

/** The page's horizontal rules: path objects thin and wide enough to be a table's borders. */
function readRules(pdfium: PdfiumExports, page: number, scratch: Scratch): Rule[] {
  const rules: Rule[] = [];
  const count = pdfium.FPDFPage_CountObjects(page);
  const at = scratch.at;
  for (let i = 0; i < count; i += 1) {
    const object = pdfium.FPDFPage_GetObject(page, i);
    if (!object || pdfium.FPDFPageObj_GetType(object) !== PATH_OBJECT) continue;
    if (!pdfium.FPDFPageObj_GetBounds(object, at, at + 4, at + 8, at + 12)) continue;
    const [left, bottom, right, top] = scratch.views().f32;
    if (top - bottom <= RULE_HEIGHT && right - left >= RULE_WIDTH) rules.push({ left, right, y: (top + bottom) / 2 });
  }
  return rules;
}

/** One page's runs and rules; a page PDFium cannot load comes back empty (reported as a page without text). */
function readPage(pdfium: PdfiumExports, doc: number, index: number, scratch: Scratch, fonts: Fonts): { items: PdfTextItem[]; rules: Rule[] } {
  const page = pdfium.FPDF_LoadPage(doc, index);
  if (!page) return { items: [], rules: [] };
  const text = pdfium.FPDFText_LoadPage(page);
  try {
    const rules = readRules(pdfium, page, scratch);
    if (!text) return { items: [], rules };
    const count = pdfium.FPDFText_CountChars(text);
    const runs = new RunBuilder();
    const at = scratch.at;
    let afterSpace = false;
    for (let i = 0; i < count; i += 1) {
      // Spaces and line ends PDFium infers from gaps: the layout judges gaps itself.
      if (pdfium.FPDFText_IsGenerated(text, i) === 1) continue;
      const code = pdfium.FPDFText_GetUnicode(text, i);
      // Spaces set in the text only move the pen; the gap they leave is judged like any other, but between two
      // runs of Chinese a space the writer typed is kept however narrow (set-space).
      if (isSpace(code)) afterSpace = code !== 0x0a && code !== 0x0d;
      if (code === 0 || code === 0xfffe || code === 0xffff || isSpace(code)) continue;
      if (!pdfium.FPDFText_GetMatrix(text, i, at)) continue;
      const matrix = scratch.views().f32;
      if (!upright(matrix)) continue;
      const scale = verticalScale(matrix);
      if (!pdfium.FPDFText_GetCharOrigin(text, i, at, at + 8)) continue;
      const { f64 } = scratch.views();
      const x = f64[0];
      const y = f64[1];
      // The loose box spans the glyph's advance, as a pdf.js run's width does.
      if (!pdfium.FPDFText_GetLooseCharBox(text, i, at)) continue;
      const right = scratch.views().f32[2];
      const size = pdfium.FPDFText_GetFontSize(text, i) * scale;
      const { font, bold } = fonts.of(pdfium, text, i, scratch);
      runs.add({ ch: String.fromCodePoint(code), x, y, right: Math.max(right, x), size, font, bold, afterSpace });
      afterSpace = false;
    }
    return { items: runs.items, rules };
  } finally {
    if (text) pdfium.FPDFText_ClosePage(text);
    pdfium.FPDF_ClosePage(page);
  }
}
