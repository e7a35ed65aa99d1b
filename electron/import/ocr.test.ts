// Images and scans through the importer: read off the main thread with page progress, cancellable, and bad
// pictures refused with a clear message while the rest of a batch still imports.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importBatch, importFile } from './index';

const fixture = (name: string) => join(__dirname, '__fixtures__', name);
const scratch = mkdtempSync(join(tmpdir(), 'ocr-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('images are read by OCR', () => {
  it('a PNG of a line of text gives that text, marked as read by OCR', async () => {
    const outcome = await importFile(fixture('picture.png'));
    if (!outcome.ok) throw new Error(outcome.failure.message);
    expect(outcome.doc.format).toBe('image');
    expect(outcome.doc.paragraphs.map((p) => p.text)).toEqual(['区应急管理局落实情况报告']);
    expect(outcome.doc.ocr?.engine).toContain('PaddleOCR');
    expect(outcome.doc.warnings[0]).toMatch(/^本文件是扫描件或图片，文字由 OCR/);
  });

  it('reports each page read, and the window is free meanwhile (the work is in a process of its own)', async () => {
    const pages: [number, number][] = [];
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 5);
    const outcome = await importFile(fixture('scans/housing.scan.tif'), { onPage: (done, total) => pages.push([done, total]) });
    clearInterval(timer);
    expect(outcome.ok).toBe(true);
    expect(pages).toEqual([[0, 1], [1, 1]]);
    // The main thread's timers kept running while the page was recognised.
    expect(ticks).toBeGreaterThan(10);
  });

  it('a cancelled scan fails as cancelled, and the next one still reads', async () => {
    const controller = new AbortController();
    const reading = importFile(fixture('scans/justice.scan.pdf'), { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    const cancelled = await reading;
    expect(cancelled).toMatchObject({ ok: false, failure: { code: 'ocr-cancelled', file: 'justice.scan.pdf' } });
    if (!cancelled.ok) expect(cancelled.failure.message).toBe('无法导入「justice.scan.pdf」：已取消文字识别（OCR）。');
    expect((await importFile(fixture('picture.png'))).ok).toBe(true);
  });

  it('a batch cancelled during a scan stops there: that scan and the files after it are not imported', async () => {
    const controller = new AbortController();
    const files = [fixture('gbk-report.txt'), fixture('scans/emergency.scan.png'), fixture('big5.txt')];
    const outcomes = await importBatch(files, { signal: controller.signal, onPage: () => controller.abort() });
    expect(outcomes.map((o) => (o.ok ? 'ok' : o.failure.code))).toEqual(['ok', 'ocr-cancelled', 'ocr-cancelled']);
  });
});

describe('bad pictures', () => {
  it.each([
    ['a text file named .jpg', 'notes.jpg', '区财政局落实情况。'],
    ['a truncated PNG', 'cut.png', null],
  ])('%s is refused with a message naming the file', async (_, name, content) => {
    const path = join(scratch, name);
    writeFileSync(path, content ?? readFileSync(fixture('picture.png')).subarray(0, 200));
    const outcome = await importFile(path);
    expect(outcome).toMatchObject({ ok: false, failure: { code: 'corrupt-image', file: name } });
    if (!outcome.ok) expect(outcome.failure.message).toMatch(new RegExp(`^无法导入「${name.replace('.', '\\.')}」：图片已损坏`));
  });

  it('a blank page gives no text, and the batch goes on', async () => {
    const blank = join(scratch, 'blank.png');
    const { PNG } = await import('pngjs');
    const png = new PNG({ width: 200, height: 280 });
    png.data.fill(255);
    writeFileSync(blank, PNG.sync.write(png));
    const outcomes = await importBatch([blank, fixture('gbk-report.txt')]);
    expect(outcomes.map((o) => (o.ok ? 'ok' : o.failure.code))).toEqual(['no-text', 'ok']);
    if (!outcomes[0].ok) expect(outcomes[0].failure.message).toContain('未能从扫描件中识别出文字');
  });
});
