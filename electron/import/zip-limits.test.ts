import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readZipEntries, ZipFormatError, ZipLimitError } from './zip-limits';

async function zip(files: Record<string, string | Buffer>, compression: 'DEFLATE' | 'STORE' = 'DEFLATE'): Promise<Buffer> {
  const z = new JSZip();
  for (const [name, content] of Object.entries(files)) z.file(name, content);
  return z.generateAsync({ type: 'nodebuffer', compression });
}

describe('readZipEntries', () => {
  it('reads deflated and stored entries by name, folders left out', async () => {
    for (const method of ['DEFLATE', 'STORE'] as const) {
      const bytes = await zip({ 'Doc_0/Pages/Page_0/Content.xml': '<ofd:Page>正文</ofd:Page>', 'OFD.xml': '<ofd:OFD/>' }, method);
      const files = readZipEntries(bytes);
      expect([...files.keys()].sort()).toEqual(['Doc_0/Pages/Page_0/Content.xml', 'OFD.xml']);
      expect(files.get('Doc_0/Pages/Page_0/Content.xml')!.toString('utf8')).toBe('<ofd:Page>正文</ofd:Page>');
    }
  });

  it('stops once the inflated total passes the cap, over several entries', async () => {
    const bytes = await zip({ a: Buffer.alloc(600, 0x41), b: Buffer.alloc(600, 0x42) });
    expect(() => readZipEntries(bytes, { maxUnpacked: 1000 })).toThrow(ZipLimitError);
    expect(readZipEntries(bytes, { maxUnpacked: 1200 }).size).toBe(2);
  });

  it('refuses an archive listing more entries than allowed', async () => {
    const bytes = await zip({ a: 'x', b: 'y', c: 'z' });
    expect(() => readZipEntries(bytes, { maxEntries: 2 })).toThrow(ZipLimitError);
  });

  it.each([
    ['not a zip', Buffer.from('PK\u0003\u0004 but nothing else')],
    ['empty', Buffer.alloc(0)],
  ])('negative: %s is a format error', (_, bytes) => {
    expect(() => readZipEntries(bytes)).toThrow(ZipFormatError);
  });

  it('negative: a truncated archive is a format error, not a crash', async () => {
    const bytes = await zip({ 'a.xml': 'x'.repeat(5000) });
    const cut = Buffer.concat([bytes.subarray(0, 40), bytes.subarray(bytes.length - 200)]);
    expect(() => readZipEntries(cut)).toThrow(ZipFormatError);
  });
});
