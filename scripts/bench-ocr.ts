// The OCR section of `npm run bench`: seconds per page and character error rate on the scanned sample reports
// (electron/import/__fixtures__/scans, made by scripts/make-scans.ts), and how long the main thread was held up
// while the worker thread read them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { importFile } from '../electron/import';
import { stopOcr } from '../electron/import/ocr-client';
import { characterErrorRate } from '../electron/import/ocr-measure';

interface ScanEntry {
  text: string;
  dpi: number;
  files: Record<string, string>;
}

export async function benchOcr(root: string): Promise<void> {
  const dir = join(root, 'electron', 'import', '__fixtures__', 'scans');
  const manifest: ScanEntry[] = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  const squeeze = (s: string) => s.replace(/\s+/g, '');

  // The first scan also loads the models into the worker: timed on its own.
  const w0 = performance.now();
  await importFile(join(root, 'electron', 'import', '__fixtures__', 'picture.png'));
  const warmMs = performance.now() - w0;

  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  const rows: string[] = [];
  let pages = 0;
  let totalMs = 0;
  let errors = 0;
  let chars = 0;
  for (const entry of manifest) {
    const truth = squeeze(readFileSync(join(dir, entry.text), 'utf8'));
    for (const [kind, file] of Object.entries(entry.files)) {
      const t0 = performance.now();
      const outcome = await importFile(join(dir, file));
      const took = performance.now() - t0;
      if (!outcome.ok) {
        rows.push(`| ${file} | ${kind} | 失败：${outcome.failure.message} | | |`);
        continue;
      }
      const n = outcome.doc.pageCount ?? 1;
      const cer = characterErrorRate(squeeze(outcome.doc.paragraphs.map((p) => p.text).join('')), truth);
      pages += n;
      totalMs += took;
      errors += cer * truth.length;
      chars += truth.length;
      rows.push(`| ${file} | ${kind}，${entry.dpi} dpi | ${(took / 1000 / n).toFixed(2)} s | ${(cer * 100).toFixed(2)}% |`);
    }
  }
  delay.disable();
  stopOcr();

  console.log('');
  console.log(`OCR（扫描件与图片，${pages} 页；首次识别含加载模型 ${(warmMs / 1000).toFixed(1)} s）`);
  console.log('| 文件 | 类型 | 每页用时 | 字符错误率 |');
  console.log('| --- | --- | --- | --- |');
  for (const row of rows) console.log(row);
  console.log(`| 合计 | | 平均 ${(totalMs / 1000 / Math.max(1, pages)).toFixed(2)} s/页 | ${((errors / Math.max(1, chars)) * 100).toFixed(2)}%（目标 ≤ 2%） |`);
  console.log(`| 识别期间主线程最长停顿 | | ${(delay.max / 1e6).toFixed(0)} ms | |`);
}
