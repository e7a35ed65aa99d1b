import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import JSZip from 'jszip';
import { afterEach, describe, expect, it } from 'vitest';
import { createBrowserHost } from './browser-host';
import { createDownloadRegistry } from './downloads';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('browser-mode exports', () => {
  it('hands one file over as itself and several as one archive named after their folder', async () => {
    const root = mkdtempSync(join(tmpdir(), 'luoshi-downloads-'));
    dirs.push(root);
    const downloads = createDownloadRegistry();
    const host = createBrowserHost(root, downloads);

    const single = await host.exportTarget('report', '督查报告-2022-01-31.docx');
    writeFileSync(single!, 'report');
    const [report] = host.exported([single!]);
    expect(report.name).toBe('督查报告-2022-01-31.docx');
    expect(readFileSync(downloads.lookup(report.downloadId!)!.path, 'utf8')).toBe('report');

    const folder = (await host.exportTarget('notices-split', '催办通知-2022-01-31'))!;
    mkdirSync(folder, { recursive: true });
    const written = ['区民政局', '区财政局'].map((d) => {
      const path = join(folder, `催办通知-${d}.docx`);
      writeFileSync(path, d);
      return path;
    });
    const files = host.exported(written);
    expect(files).toHaveLength(1);
    expect(files[0].name).toBe('催办通知-2022-01-31.zip');
    const entry = downloads.lookup(files[0].downloadId!)!;
    const read = await JSZip.loadAsync(readFileSync(entry.path));
    expect(Object.keys(read.files).sort()).toEqual(written.map((p) => basename(p)).sort());
    expect(await read.file('催办通知-区财政局.docx')!.async('string')).toBe('区财政局');
  });
});
