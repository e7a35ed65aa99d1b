import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { writeHugeStreamPdf } from '../ingest/hostile-files';
import { checkPdfStreams, StreamLimitError } from './pdf-streams';

const MiB = 1024 * 1024;
const fixtures = join(__dirname, '__fixtures__');

const pdfWith = (dict: string, data: Buffer) =>
  Buffer.concat([Buffer.from(`%PDF-1.7\n4 0 obj\n<< ${dict} /Length ${data.length} >>\nstream\n`), data, Buffer.from('\nendstream\nendobj\n')]);

describe('PDF streams inflated under a cap', () => {
  it('passes every PDF fixture', () => {
    for (const f of readdirSync(fixtures).filter((n) => n.endsWith('.pdf'))) {
      expect(() => checkPdfStreams(readFileSync(join(fixtures, f)))).not.toThrow();
    }
  });

  it('stops a content stream of a gigabyte at the cap', () => {
    const dir = mkdtempSync(join(tmpdir(), 'luoshi-pdf-'));
    writeHugeStreamPdf(join(dir, 'huge.pdf'));
    expect(() => checkPdfStreams(readFileSync(join(dir, 'huge.pdf')))).toThrow(StreamLimitError);
  });

  it('leaves images out of the count (text extraction never decodes them)', () => {
    const big = deflateSync(Buffer.alloc(8 * MiB));
    expect(() => checkPdfStreams(pdfWith('/Type /XObject /Subtype /Image /Filter /FlateDecode', big), { streamBytes: MiB, totalBytes: MiB })).not.toThrow();
    expect(() => checkPdfStreams(pdfWith('/Filter /FlateDecode', big), { streamBytes: MiB, totalBytes: MiB })).toThrow(StreamLimitError);
  });

  it('counts streams together against the total cap', () => {
    const half = deflateSync(Buffer.alloc(0.6 * MiB));
    const two = Buffer.concat([pdfWith('/Filter /FlateDecode', half), pdfWith('/Filter /FlateDecode', half)]);
    expect(() => checkPdfStreams(two, { streamBytes: MiB, totalBytes: 2 * MiB })).not.toThrow();
    expect(() => checkPdfStreams(two, { streamBytes: MiB, totalBytes: MiB })).toThrow(StreamLimitError);
  });
});
