import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { zip } from './zip';

describe('zip', () => {
  it('writes an archive a standard reader opens, with Chinese names and the bytes intact', async () => {
    const docx = Buffer.from('PK\u0003\u0004' + '落实情况'.repeat(500));
    const archive = zip(
      [
        { name: '催办通知-区民政局.docx', data: docx },
        { name: '催办通知-区财政局.docx', data: Buffer.from('第二份') },
        { name: 'empty.txt', data: Buffer.alloc(0) },
      ],
      new Date(2022, 0, 31, 9, 30, 0),
    );
    const read = await JSZip.loadAsync(archive);
    expect(Object.keys(read.files)).toEqual(['催办通知-区民政局.docx', '催办通知-区财政局.docx', 'empty.txt']);
    expect(Buffer.from(await read.file('催办通知-区民政局.docx')!.async('uint8array')).equals(docx)).toBe(true);
    expect(await read.file('催办通知-区财政局.docx')!.async('string')).toBe('第二份');
    expect(await read.file('empty.txt')!.async('string')).toBe('');
    const when = read.file('empty.txt')!.date;
    expect([when.getFullYear(), when.getMonth() + 1]).toEqual([2022, 1]);
    // Deflated: the repeated text takes far less room than it did.
    expect(archive.length).toBeLessThan(docx.length / 4);
  });

  it('writes an empty archive', async () => {
    const read = await JSZip.loadAsync(zip([]));
    expect(Object.keys(read.files)).toEqual([]);
  });
});
