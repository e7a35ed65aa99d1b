// glyph-code-layer must not read by OCR a PDF whose text layer reads as text, and must refuse, as garbled, a PDF of
// glyph codes whose pages show nothing to read.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { onePagePdf } from '../ingest/hostile-files';
import { importFile } from './index';
import { stopOcr } from './ocr-client';
import { GARBLED_UNREAD } from './ocr-notes';

const dir = mkdtempSync(join(tmpdir(), 'luoshi-glyph-codes-'));
afterAll(async () => {
  await stopOcr();
  rmSync(dir, { recursive: true, force: true });
});

/** One A4 page whose text layer is runs of consecutive codes, drawn in white: nothing shows on the printed page. */
function whiteGlyphCodesPdf(path: string): void {
  const rows = Array.from({ length: 30 }, (_, i) => `1 0 0 1 60 ${780 - i * 24} Tm (!"#$%&'\\(\\)*+,-./0123456789:;<=>?@ABC) Tj`);
  const content = deflateSync(Buffer.from(['BT 1 1 1 rg /F1 14 Tf', ...rows, 'ET'].join('\n')));
  writeFileSync(path, onePagePdf(content));
}

describe('glyph-code-layer: negative cases', () => {
  it('reads a PDF with a text layer of text from that layer, with no OCR', async () => {
    const outcome = await importFile(join(__dirname, '__fixtures__', 'division-table.pdf'));
    if (!outcome.ok) throw new Error(outcome.failure.message);
    expect(outcome.doc.ocr).toBeUndefined();
    expect(outcome.doc.warnings.some((w) => w.includes('OCR'))).toBe(false);
  });

  it('refuses as garbled a PDF of glyph codes whose page shows nothing, naming the file', async () => {
    const path = join(dir, '白底码表.pdf');
    whiteGlyphCodesPdf(path);
    const outcome = await importFile(path);
    expect(outcome).toMatchObject({ ok: false, failure: { code: 'garbled-text', file: '白底码表.pdf' } });
    if (!outcome.ok) expect(outcome.failure.message).toContain(GARBLED_UNREAD);
  }, 120_000);
});
