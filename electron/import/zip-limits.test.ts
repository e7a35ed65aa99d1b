import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeDocxBomb } from '../ingest/hostile-files';
import JSZip from 'jszip';
import { inflateEntry, listZipEntries, readArchive, readZipEntries, ZipFormatError, ZipLimitError } from './zip-limits';

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

describe('readArchive', () => {
  async function archive(files: Record<string, string | Buffer>): Promise<Buffer> {
    const z = new JSZip();
    for (const [name, content] of Object.entries(files)) z.file(name, content);
    z.folder('Doc_0/Res');
    return z.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  }

  it('gives every file by name as a Buffer, folders left out', async () => {
    const files = readArchive(await archive({ 'OFD.xml': '<ofd:OFD/>', 'Doc_0/Document.xml': '正文' }), 'corrupt-ofd', '坏');
    expect([...files.keys()].sort()).toEqual(['Doc_0/Document.xml', 'OFD.xml']);
    expect(files.get('Doc_0/Document.xml')!.toString('utf8')).toBe('正文');
  });

  it('negative: past the cap it is a too-large problem that says the limit in MB', async () => {
    const bytes = await archive({ a: Buffer.alloc(3 * 1024 * 1024, 0x41) });
    expect(() => readArchive(bytes, 'corrupt-ofd', '坏', 2 * 1024 * 1024)).toThrow(/超过 2 MB/);
  });

  it('negative: a damaged archive is the format problem given', () => {
    expect(() => readArchive(Buffer.from('PK\u0003\u0004 nothing'), 'corrupt-spreadsheet', '表格已损坏')).toThrow('表格已损坏');
  });
});
