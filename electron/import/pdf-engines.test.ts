// The PDFium reader against the pdf.js reader it replaces, on every PDF the project has: the same paragraphs, text,
// warnings and failures. (Block-level spacing inside table cells may differ where a gap sits exactly on the
// 0.2-character threshold, PDFium giving single-precision positions; repair reads both the same.)
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile, type ImportOutcome } from './index';

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

function comparable(outcome: ImportOutcome) {
  if (!outcome.ok) return { failure: outcome.failure };
  const { text, paragraphs, warnings, pageCount, format } = outcome.doc;
  return { text, paragraphs, warnings, pageCount, format };
}

async function withEngine(engine: string, path: string): Promise<ImportOutcome> {
  const before = process.env.LUOSHI_PDF_ENGINE;
  process.env.LUOSHI_PDF_ENGINE = engine;
  try {
    return await importFile(path);
  } finally {
    if (before === undefined) delete process.env.LUOSHI_PDF_ENGINE;
    else process.env.LUOSHI_PDF_ENGINE = before;
  }
}

describe('PDFium reads every PDF as pdf.js did', () => {
  it('there are PDFs of each kind to compare', () => {
    expect(files.length).toBeGreaterThanOrEqual(20);
  });

  it.each(files.map((f) => [relative(root, f), f]))('%s', async (_, path) => {
    const pdfjs = await withEngine('pdfjs', path);
    const pdfium = await withEngine('pdfium', path);
    expect(comparable(pdfium)).toEqual(comparable(pdfjs));
  }, 30_000);
});
