// The PDFium reader against the pdf.js reader it replaces, on every PDF the project has: the same paragraphs, text,
// warnings and failures. (Block-level spacing inside table cells may differ where a gap sits exactly on the
// 0.2-character threshold, PDFium giving single-precision positions; repair reads both the same.)
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repairParagraphs } from '../../shared/text/repair';
import { ImportProblem } from './extracted';
import { extractPdf, type PdfEngine } from './pdf';

const root = join(__dirname, '..', '..');
function pdfsUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    // Scans have no text layer to compare: OCR reads them, and ocr tests measure that.
    if (e.isDirectory()) return e.name === 'scans' ? [] : pdfsUnder(path);
    return e.name.toLowerCase().endsWith('.pdf') ? [path] : [];
  });
}
const files = [...pdfsUnder(join(__dirname, '__fixtures__')), ...pdfsUnder(join(root, 'seeds'))].sort();

/** What the text layer gives: repaired paragraphs, text and warnings, or the problem (scans go on to OCR). */
async function read(engine: PdfEngine, path: string) {
  try {
    const { text, blocks, warnings, pageCount } = await extractPdf(readFileSync(path), { engine });
    return { text, paragraphs: repairParagraphs(blocks), warnings, pageCount };
  } catch (err) {
    if (err instanceof ImportProblem) return { problem: err.code, reason: err.reason };
    throw err;
  }
}

describe('PDFium reads every PDF as pdf.js did', () => {
  it('there are PDFs of each kind to compare', () => {
    expect(files.length).toBeGreaterThanOrEqual(20);
  });

  it.each(files.map((f) => [relative(root, f), f]))('%s', async (_, path) => {
    expect(await read('pdfium', path)).toEqual(await read('pdfjs', path));
  }, 30_000);
});
