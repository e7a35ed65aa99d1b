// Renders PDF pages to pixels with PDFium (compiled to WebAssembly, shipped in @hyzyla/pdfium): the page images a
// scanned PDF is read from. The only module that knows the library.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { RgbaImage } from './ocr-image';

type Pdfium = typeof import('@hyzyla/pdfium');
type Library = Awaited<ReturnType<Pdfium['PDFiumLibrary']['init']>>;

export interface PdfRaster {
  pageCount: number;
  /** Page `number` (1-based) at `dpi`, RGBA. */
  render(number: number, dpi: number): Promise<RgbaImage>;
  close(): void;
}

let library: Promise<Library> | null = null;

/** Loads PDFium once, from the WebAssembly file inside the package (never from the network). */
function loadLibrary(): Promise<Library> {
  library ??= (async () => {
    const { PDFiumLibrary } = await import('@hyzyla/pdfium');
    const wasm = await readFile(join(dirname(createRequire(import.meta.url).resolve('@hyzyla/pdfium')), 'pdfium.wasm'));
    const wasmBinary = wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer;
    return PDFiumLibrary.init({ wasmBinary });
  })();
  return library;
}

export async function openPdfRaster(bytes: Uint8Array): Promise<PdfRaster> {
  const lib = await loadLibrary();
  const doc = await lib.loadDocument(new Uint8Array(bytes));
  const pages = [...doc.pages()];
  return {
    pageCount: pages.length,
    async render(number, dpi) {
      const page = pages[number - 1];
      // The 'bitmap' renderer hands back RGBA bytes (the library converts PDFium's BGRA).
      const out = await page.render({ scale: dpi / 72, render: 'bitmap' });
      return { width: out.width, height: out.height, data: out.data, dpi };
    },
    close() {
      doc.destroy();
    },
  };
}
