// glyph-code-layer: a PDF whose fonts carry no map to Unicode gives glyph codes for text (「!"#$%&'(」) though its pages
// print right, as a city government's gazette does. Its printed pages are read by OCR, as a scan's are, and the file
// says why. The fixture is a scanned-report source printed by LibreOffice with its fonts' /ToUnicode entries blanked
// (scripts/make-glyph-code-pdf.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importFile } from './index';
import { stopOcr } from './ocr-client';
import { characterErrorRate } from './ocr-measure';
import { garbledLayerNote } from './ocr-notes';
import { extractPdf } from './pdf';

const scans = join(__dirname, '__fixtures__', 'scans');
const file = join(scans, 'justice.glyph-codes.pdf');
const squeeze = (s: string) => s.replace(/\s+/g, '');

afterAll(() => stopOcr());

describe('glyph-code-layer: a PDF whose text layer is glyph codes', () => {
  it('has a text layer that cannot be read as text', async () => {
    await expect(extractPdf(readFileSync(file))).rejects.toMatchObject({ code: 'garbled-text' });
  });

  it('is read from its printed pages by OCR, at most 2% of characters wrong, and says so first', async () => {
    const outcome = await importFile(file);
    if (!outcome.ok) throw new Error(outcome.failure.message);
    const { doc } = outcome;
    expect(doc.format).toBe('pdf');
    expect(doc.ocr?.pages).toBe(1);
    expect(doc.warnings[0]).toBe(garbledLayerNote(doc.ocr!.engine));
    expect(doc.warnings.some((w) => w.startsWith('本文件是扫描件'))).toBe(false);
    const truth = squeeze(readFileSync(join(scans, 'justice.txt'), 'utf8'));
    expect(characterErrorRate(squeeze(doc.paragraphs.map((p) => p.text).join('')), truth)).toBeLessThanOrEqual(0.02);
  }, 120_000);
});
