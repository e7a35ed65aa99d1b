// Scans through the workspace: page progress while a batch runs, a batch stopped part-way, what is stored about
// the OCR reading (migration 0050), and the page image rendered again from the file for the compare view (a scan
// pasted into Word shows its pictures as its pages).
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ImportProgress } from '../../shared/views';
import { createImportJobs } from '../api/import-jobs';
import { pictureParagraph, pictureRels, typedParagraph, writeDocxParts } from '../import/__fixtures__/docx-parts';
import { openWorkspace } from './workspace';

const fixtures = join(__dirname, '..', 'import', '__fixtures__');
const dir = mkdtempSync(join(tmpdir(), 'luoshi-ocr-ws-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('scans in the workspace', () => {
  const scan = join(dir, '应急局报告.png');
  copyFileSync(join(fixtures, 'scans', 'emergency.scan.png'), scan);
  const file = join(dir, 'w.sqlite');

  it('reports the pages of a scan as they are read, and stores how it was read', async () => {
    const ws = openWorkspace(file, { today: () => '2025-01-01' });
    const progress: ImportProgress[] = [];
    const batch = await ws.importFiles([join(fixtures, 'gbk-report.txt'), scan], 'submission', (p) => progress.push(p));
    expect(batch.failed).toBe(0);
    expect(progress.filter((p) => p.page)).toEqual([
      { done: 1, total: 2, file: scan, page: { done: 0, total: 1 } },
      { done: 1, total: 2, file: scan, page: { done: 1, total: 1 } },
    ]);
    const doc = ws.listDocuments().find((d) => d.fileName === '应急局报告.png')!;
    const detail = ws.getDocument(doc.id)!;
    expect(detail.format).toBe('image');
    expect(detail.ocr).toMatchObject({ pages: 1, engine: expect.stringContaining('PaddleOCR') });
    expect(Array.isArray(detail.ocr?.uncertain)).toBe(true);
    expect(detail.warnings.some((w) => w.includes('OCR'))).toBe(true);
    const text = ws.getDocument(ws.listDocuments().find((d) => d.fileName === 'gbk-report.txt')!.id)!;
    expect(text.ocr).toBeNull();
    ws.close();
  });

  it('keeps the OCR reading after the workspace is reopened', () => {
    const ws = openWorkspace(file, { today: () => '2025-01-01' });
    const doc = ws.listDocuments().find((d) => d.fileName === '应急局报告.png')!;
    expect(ws.getDocument(doc.id)!.ocr?.pages).toBe(1);
    ws.close();
  });

  it('renders the page image from the bytes kept at import; none for a text document; the file may change or go', async () => {
    const ws = openWorkspace(file, { today: () => '2025-01-01' });
    const docs = ws.listDocuments();
    const scanned = docs.find((d) => d.fileName === '应急局报告.png')!;
    const image = (await ws.pageImage(scanned.id, 1))!;
    expect(image.dataUrl).toMatch(/^data:image\/jpeg;base64,\/9j\//);
    expect(image).toMatchObject({ page: 1, pageCount: 1 });
    expect(image.width).toBeLessThanOrEqual(1000);
    expect(image.height / image.width).toBeCloseTo(1774 / 1267, 1);
    expect(await ws.pageImage(docs.find((d) => d.fileName === 'gbk-report.txt')!.id, 1)).toBeNull();
    await expect(ws.pageImage(scanned.id, 2)).rejects.toThrow('没有第 2 页');
    writeFileSync(scan, 'changed');
    expect((await ws.pageImage(scanned.id, 1))!.dataUrl).toBe(image.dataUrl);
    rmSync(scan);
    expect((await ws.pageImage(scanned.id, 1))!.dataUrl).toBe(image.dataUrl);
    // A workspace from before the bytes were kept reads the file, and says clearly when it cannot.
    ws.db.prepare('DELETE FROM scan_sources').run();
    await expect(ws.pageImage(scanned.id, 1)).rejects.toThrow('原文件已不在');
    writeFileSync(scan, 'changed');
    await expect(ws.pageImage(scanned.id, 1)).rejects.toThrow('已被修改');
    ws.close();
  });

  it('a cancelled import job stops at the scan being read; the files after it are not imported, nothing stored for them', async () => {
    const ws = openWorkspace(join(dir, 'c.sqlite'), { today: () => '2025-01-01' });
    const jobs = createImportJobs();
    const files = [join(fixtures, 'gbk-report.txt'), join(fixtures, 'scans', 'justice.scan.pdf'), join(fixtures, 'big5.txt')];
    let id = '';
    const job = jobs.start(files, (onProgress, signal) =>
      ws.importFiles(files, 'submission', (p) => {
        onProgress(p);
        if (p.page || p.done === 1) jobs.cancel(id);
      }, signal),
    );
    id = job.id;
    expect(job).toMatchObject({ cancelled: false, page: null });
    await jobs.idle();
    const done = jobs.get(id)!;
    expect(done.cancelled).toBe(true);
    expect(done.result!.results.map((r) => (r.ok ? 'ok' : r.error!.code))).toEqual(['ok', 'ocr-cancelled', 'ocr-cancelled']);
    expect(ws.listDocuments().map((d) => d.fileName)).toEqual(['gbk-report.txt']);
    expect(jobs.cancel('no-such-job')).toBeNull();
    ws.close();
  });

  it('a scan pasted into Word is stored as read by OCR, and its picture shown as its page', async () => {
    const ws = openWorkspace(join(dir, 'd.sqlite'), { today: () => '2025-01-01' });
    const path = writeDocxParts(join(dir, '应急局报告.docx'), typedParagraph('应急局落实情况报告') + pictureParagraph('rId4'), {
      'word/_rels/document.xml.rels': pictureRels({ rId4: 'media/image1.png' }),
      'word/media/image1.png': readFileSync(join(fixtures, 'scans', 'emergency.scan.png')),
    });
    expect((await ws.importFiles([path], 'submission')).failed).toBe(0);
    const doc = ws.listDocuments().find((d) => d.fileName === '应急局报告.docx')!;
    const detail = ws.getDocument(doc.id)!;
    expect(detail.format).toBe('docx');
    expect(detail.ocr).toMatchObject({ pages: 1, engine: expect.stringContaining('PaddleOCR') });
    rmSync(path);
    const image = (await ws.pageImage(doc.id, 1))!;
    expect(image).toMatchObject({ page: 1, pageCount: 1 });
    expect(image.height / image.width).toBeCloseTo(1774 / 1267, 1);
    await expect(ws.pageImage(doc.id, 2)).rejects.toThrow('没有第 2 页');
    ws.close();
  });
});
