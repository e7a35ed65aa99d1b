// Generated hostile files imported through the browser-mode server as it runs (the real workspace and import pool):
// each ends with its message or its document, the file after it imports, the import's memory stays under the
// cap, and the server answers a status call within a second throughout.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportServer, type RunningServer } from '../server/server';
import { writeCyclicChainOle, writeDocxBomb, writeHugeStreamPdf, writeManyPagesPdf, writeManyRunsPdf } from './hostile-files';

const TOKEN = 'hostile-token-0123456789';
const MiB = 1024 * 1024;
const dir = mkdtempSync(join(tmpdir(), 'luoshi-hostile-'));
let server: RunningServer;

function call(channel: string, input: unknown): Promise<{ ms: number; json: { ok: boolean; value?: any } }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: server.port,
        path: `/api/${channel}`,
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Luoshi-Token': TOKEN },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ ms: performance.now() - started, json: JSON.parse(Buffer.concat(chunks).toString('utf8')) }));
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify(input));
  });
}

const report = (n: number) => {
  const path = join(dir, `区民政局落实情况报告${n}.txt`);
  writeFileSync(path, `区民政局关于落实情况的报告\n\n按照实施意见要求，现将第${n}项工作落实情况报告如下。\n已完成年度任务。\n`);
  return path;
};

beforeAll(async () => {
  const dataDir = join(dir, 'data');
  mkdirSync(join(dataDir, 'static'), { recursive: true });
  writeFileSync(join(dataDir, 'static', 'index.html'), '<!doctype html><title>落实</title>');
  server = await exportServer({ dataDir, staticDir: join(dataDir, 'static'), token: TOKEN, workspace: join(dataDir, 'w.sqlite') });
}, 60_000);

afterAll(async () => {
  await server?.close();
});

describe('hostile files in a batch', () => {
  it('each ends with its message, the next file imports, memory stays capped and the server keeps answering', async () => {
    const hostile = {
      bomb: join(dir, '压缩炸弹.docx'),
      runs: join(dir, '二十万文字块.pdf'),
      pages: join(dir, '两万页.pdf'),
      stream: join(dir, '一GB内容流.pdf'),
      circle: join(dir, '循环扇区.doc'),
    };
    writeDocxBomb(hostile.bomb);
    writeManyRunsPdf(hostile.runs);
    writeManyPagesPdf(hostile.pages);
    writeHugeStreamPdf(hostile.stream);
    writeCyclicChainOle(hostile.circle, readFileSync(join(__dirname, '..', 'import', '__fixtures__', 'libreoffice-table.doc')));
    const paths = [hostile.bomb, report(1), hostile.runs, report(2), hostile.pages, report(3), hostile.stream, report(4), hostile.circle, report(5)];

    const rssBefore = process.memoryUsage.rss();
    const started = performance.now();
    const job = await call('documents/import', { paths, role: 'submission' });
    expect(job.json.ok).toBe(true);
    let state = job.json.value;
    let slowest = 0;
    let peak = 0;
    // When each file was handed over, from the done count the status call reports.
    const doneAt: number[] = [];
    while (!state.finished) {
      await new Promise((r) => setTimeout(r, 150));
      const status = await call('documents/import-status', { jobId: state.id });
      slowest = Math.max(slowest, status.ms);
      peak = Math.max(peak, process.memoryUsage.rss() - rssBefore);
      state = status.json.value;
      while (doneAt.length < state.done) doneAt.push(performance.now() - started);
    }
    const results = state.result.results as { file: string; ok: boolean; error?: { message: string } }[];
    const byFile = new Map(results.map((r) => [r.file, r]));
    const message = (path: string) => byFile.get(path.split('/').pop()!)?.error?.message ?? '';

    expect(message(hostile.bomb)).toMatch(/^无法导入「压缩炸弹\.docx」：文件解压后的内容超过了 32 MB 的上限/);
    expect(message(hostile.pages)).toMatch(/^无法导入「两万页\.pdf」：该 PDF 共 20,000 页，超过了单个文件 2,000 页的上限/);
    expect(message(hostile.stream)).toMatch(/^无法导入「一GB内容流\.pdf」：PDF 中的压缩内容解压后超过了 32 MB 的上限/);
    // A sector chain in a circle is refused as a damaged .doc, not followed until the worker's memory runs out.
    expect(message(hostile.circle)).toMatch(/^无法导入「循环扇区\.doc」：无法读取该旧版 Word（\.doc）文件/);
    // Two hundred thousand runs on one page are laid out (in linear time) and the page is imported.
    expect(byFile.get('二十万文字块.pdf')?.ok).toBe(true);
    for (const n of [1, 2, 3, 4, 5]) expect(byFile.get(`区民政局落实情况报告${n}.txt`)?.ok).toBe(true);

    // Each file ends within a minute of the one before it.
    doneAt.forEach((t, i) => expect(t - (doneAt[i - 1] ?? 0)).toBeLessThan(60_000));
    expect(slowest).toBeLessThan(1000);
    expect(peak).toBeLessThan(1024 * MiB);
  }, 240_000);
});
