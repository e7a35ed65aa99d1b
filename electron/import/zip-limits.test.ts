import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeDocxBomb } from '../ingest/hostile-files';
import { inflateEntry, listZipEntries, readZipEntries, ZipFormatError, ZipLimitError } from './zip-limits';

const fixture = (name: string) => readFileSync(join(__dirname, '__fixtures__', name));
const MiB = 1024 * 1024;

describe('zip entries inflated under a cap', () => {
  it('reads a Word file’s parts whole when they are under the caps', () => {
    const parts = readZipEntries(fixture('report-table.docx'), (n) => n.endsWith('.xml'), { entryBytes: MiB, totalBytes: 4 * MiB });
    const xml = new TextDecoder().decode(parts.get('word/document.xml'));
    expect(xml).toContain('<w:body>');
    expect(xml).toContain('落实情况');
  });

  it('stops a bomb at the entry cap, whatever the directory claims', () => {
    const dir = mkdtempSync(join(tmpdir(), 'luoshi-zip-'));
    writeDocxBomb(join(dir, 'bomb.docx'), 256 * MiB);
    const bytes = readFileSync(join(dir, 'bomb.docx'));
    const entry = listZipEntries(bytes).find((e) => e.name === 'word/document.xml')!;
    expect(() => inflateEntry(bytes, entry, 8 * MiB)).toThrow(ZipLimitError);
    expect(inflateEntry(bytes, entry, 512 * MiB).byteLength).toBeGreaterThan(200 * MiB);
  });

  it('counts the entries together against the total cap', () => {
    const bytes = fixture('report-table.docx');
    const sizes = [...readZipEntries(bytes, () => true, { entryBytes: MiB, totalBytes: 8 * MiB }).values()].map((d) => d.byteLength);
    const largest = Math.max(...sizes);
    const total = sizes.reduce((a, b) => a + b, 0);
    expect(() => readZipEntries(bytes, () => true, { entryBytes: MiB, totalBytes: total - 1 })).toThrow(ZipLimitError);
    expect(() => readZipEntries(bytes, () => true, { entryBytes: largest - 1, totalBytes: 8 * MiB })).toThrow(ZipLimitError);
  });

  it('refuses what is not a zip, or a damaged one', () => {
    expect(() => listZipEntries(fixture('not-a-zip.docx'))).toThrow(ZipFormatError);
    expect(() => readZipEntries(fixture('truncated.docx'), () => true, { entryBytes: MiB, totalBytes: MiB })).toThrow(ZipFormatError);
  });
});
