import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultDirectory } from '../../shared/extract/departments';
import { extractPolicy } from '../../shared/extract/policy';
import { importFile } from '../import';
import { createSegmenter, measureTexts } from '../segment/jieba';
import { openWorkspace } from '../services/workspace';
import { createInlineParser } from './inline';
import { writeBadPropertyXls, writeManyRunsPdf } from './hostile-files';
import { createImportPool, type ParsedFile } from './pool';

const root = join(__dirname, '..', '..');
const seed = (ext: string) => join(root, 'seeds', `policy-seed.${ext}`);
const fixture = (name: string) => join(root, 'electron', 'import', '__fixtures__', name);
const dir = mkdtempSync(join(tmpdir(), 'luoshi-pool-'));

// Two workers, as on the machines the app runs on; one pool for the file (workers take seconds to start).
const pool = createImportPool({ size: 2, budgetMs: 20_000 });
void pool.warm();
afterAll(() => pool.close());

async function collect(parser: typeof pool, paths: string[], signal?: AbortSignal): Promise<{ order: number[]; parsed: ParsedFile[] }> {
  const order: number[] = [];
  const parsed: ParsedFile[] = [];
  await parser.parse(paths, (i, p) => {
    order.push(i);
    parsed.push(p);
  }, signal);
  return { order, parsed };
}

const view = (p: ParsedFile) => (p.outcome.ok ? { paragraphs: p.outcome.doc.paragraphs, text: p.outcome.doc.text, terms: p.terms } : { failure: p.outcome.failure });

describe('a pool that reads without segmenting', () => {
  // The CLI's extract reads one file so: under the import's limits, without loading jieba's dictionary.
  it('gives each document without terms, and a file that exhausts its worker’s heap ends with its message', async () => {
    const reader = createImportPool({ size: 1, heapMb: 96, segment: false });
    try {
      const workbook = join(dir, '坏属性.xls');
      writeBadPropertyXls(workbook, readFileSync(fixture('sheets/return-market.xls')));
      const { parsed } = await collect(reader, [workbook, seed('txt')]);
      expect(parsed[0].outcome.ok).toBe(false);
      if (!parsed[0].outcome.ok) {
        expect(parsed[0].outcome.failure.code).toBe('too-large');
        expect(parsed[0].outcome.failure.message).toMatch(/^无法导入「坏属性\.xls」：读取该文件所需内存超过了 96 MB 的上限/);
      }
      const inline = await importFile(seed('txt'));
      expect(parsed[1].terms).toBeNull();
      expect(parsed[1].outcome.ok && inline.ok && parsed[1].outcome.doc.paragraphs).toEqual(inline.ok && inline.doc.paragraphs);
    } finally {
      await reader.close();
    }
  }, 120_000);
});

describe('the import pool', () => {
  it('gives the same documents and terms as reading on the calling thread, in the order given', async () => {
    const paths = [seed('pdf'), fixture('empty.txt'), seed('docx'), fixture('report-table.pdf'), seed('txt'), fixture('gbk-report.txt'), fixture('not-a-zip.docx')];
    const pooled = await collect(pool, paths);
    const inline = await collect(createInlineParser(createSegmenter()), paths);
    expect(pooled.order).toEqual(paths.map((_, i) => i));
    expect(pooled.parsed.map(view)).toEqual(inline.parsed.map(view));
  }, 120_000);

  it('segments texts for the calling thread into the same terms as a segmenter of its own', async () => {
    const paragraphs = async (path: string) => {
      const outcome = await importFile(path);
      if (!outcome.ok) throw new Error(path);
      return outcome.doc.paragraphs;
    };
    const measures = async (path: string) => measureTexts(extractPolicy({ paragraphs: await paragraphs(path) }).measures);
    const textsOf = async (path: string) => (await paragraphs(path)).map((p) => p.text);
    const texts = [
      ...(await measures(seed('txt'))),
      ...(await measures(join(root, 'seeds', 'sample-2', 'policy.txt'))),
      ...(await textsOf(join(root, 'seeds', 'submissions', '市场监管局落实情况报告.pdf'))),
      ...(await textsOf(join(root, 'seeds', 'sample-2', 'submissions', '县大数据中心工作汇报.txt'))),
      // Digit and letter runs glued back, long words with their parts, nothing but punctuation or spaces, nothing.
      '2021年11月底前完成GDP增长6.5%、PM2.5浓度下降的目标',
      '养老机构和社会保险经办服务',
      '。，；（）',
      '  ',
      '',
    ];
    const segmenter = createSegmenter();
    const expected = texts.map((t) => segmenter.terms(t));
    expect(expected.filter((t) => t.length > 0).length).toBeGreaterThan(50);
    expect(await pool.terms(texts)).toEqual(expected);
    // Asked at once, each answer goes to its question.
    const [a, b] = await Promise.all([pool.terms(texts.slice(0, 5)), pool.terms(texts.slice(5, 9))]);
    expect([...a, ...b]).toEqual(expected.slice(0, 9));
    expect(await pool.terms([])).toEqual([]);
    expect(await createInlineParser(segmenter).terms(texts)).toEqual(expected);
  }, 120_000);

  it('reads reports against the policy in its workers as the workspace does on its own thread', async () => {
    const reports = readdirSync(join(root, 'seeds', 'submissions')).filter((f) => /\.(txt|docx|pdf)$/.test(f)).slice(0, 8).map((f) => join(root, 'seeds', 'submissions', f));
    const segmenter = createSegmenter();
    const stored = async (parser?: typeof pool) => {
      const ws = openWorkspace(join(mkdtempSync(join(tmpdir(), 'luoshi-pool-ws-')), 'w.sqlite'), { segmenter, today: () => '2021-12-01', ...(parser ? { parser } : {}) });
      await ws.importFiles([seed('txt')], 'policy');
      await ws.importFiles(reports, 'submission');
      const read = ws.listDocuments().filter((d) => d.role === 'submission').map((d) => ({ placed: d.policies, analysis: ws.getDocument(d.id)!.analysis }));
      ws.close();
      return read;
    };
    const pooled = await stored(pool);
    expect(pooled).toHaveLength(reports.length);
    // Placed on the policy as on this thread too: by the title or number a report cites, else as the only policy.
    expect(pooled).toEqual(await stored());
    const bases = pooled.map((r) => r.placed?.[0]?.basis);
    expect(bases).toContain('title');
    expect(bases.every((b) => b === 'title' || b === 'doc-number' || b === 'only-policy')).toBe(true);
    // The reading comes from the workers, tagged with the policy state it was made against.
    const policy = (await collect(pool, [seed('txt')])).parsed[0];
    if (!policy.outcome.ok) throw new Error('seed');
    const extract = extractPolicy({ paragraphs: policy.outcome.doc.paragraphs });
    const reading = { id: 7, policyId: 3, policy: extract, tokens: extract.measures.map((m) => segmenter.terms(`${m.title}\n${m.text}`)), directory: defaultDirectory(), importDate: '2021-12-01' };
    const got: ParsedFile[] = [];
    await pool.parse([reports[0]], (_, p) => got.push(p), undefined, reading);
    expect(got[0].analysis?.readingId).toBe(7);
    expect(got[0].analysis?.value.file).toBe(basename(reports[0]));
    expect(got[0].analysis?.placed.policy).toBe(3);
  }, 120_000);

  it('ends a file past its time budget, replaces the worker, and reads the next files', async () => {
    const slow = join(dir, 'many-runs.pdf');
    writeManyRunsPdf(slow);
    // The files after it were handed to the same worker with it; the worker that replaces it reads them, in order.
    const tight = createImportPool({ size: 1, budgetMs: 300 });
    try {
      const { parsed } = await collect(tight, [slow, seed('txt'), seed('docx'), seed('pdf')]);
      expect(parsed[0].outcome.ok).toBe(false);
      if (!parsed[0].outcome.ok) expect(parsed[0].outcome.failure.message).toMatch(/^无法导入「many-runs\.pdf」：读取该文件超过了 0 秒的时间上限/);
      expect(parsed.slice(1).map((p) => (p.outcome.ok ? p.outcome.doc.fileName : p.outcome.failure.message))).toEqual(['policy-seed.txt', 'policy-seed.docx', 'policy-seed.pdf']);
    } finally {
      await tight.close();
    }
  }, 120_000);

  it('ends a scan past its time budget in the middle of OCR, with its OCR process, and reads the next file', async () => {
    // The OCR processes this process started (Linux: each process's parent and command line under /proc).
    const ocrProcesses = () =>
      readdirSync('/proc')
        .filter((d) => /^\d+$/.test(d))
        .filter((d) => {
          try {
            const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
            const [state, ppid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
            return Number(ppid) === process.pid && state !== 'Z' && readFileSync(`/proc/${d}/cmdline`, 'utf8').includes('ocr-worker');
          } catch {
            return false;
          }
        });
    // A page of this 300 dpi scan takes more than a second to recognise: past the page budget, mid-page.
    const tight = createImportPool({ size: 1, budgetMs: 20_000, ocrPageBudgetMs: 300 });
    const seen: number[] = [];
    try {
      const parsed: ParsedFile[] = [];
      await tight.parse([fixture('scans/justice.scan.pdf'), seed('txt')], (_, p) => parsed.push(p), undefined, undefined, () => seen.push(...ocrProcesses().map(Number)));
      expect(seen.length).toBeGreaterThan(0);
      expect(parsed[0].outcome.ok).toBe(false);
      if (!parsed[0].outcome.ok) expect(parsed[0].outcome.failure.message).toBe('无法导入「justice.scan.pdf」：识别扫描件一页的文字超过了 1 秒的时间上限（页面过大或图像异常），已停止识别，未导入。');
      expect(parsed[1].outcome.ok).toBe(true);
      // The OCR process was ended with its worker; this process is still here to say so.
      await new Promise((r) => setTimeout(r, 200));
      for (const pid of seen) expect(existsSync(`/proc/${pid}`) && ocrProcesses().includes(String(pid))).toBe(false);
    } finally {
      await tight.close();
    }
  }, 120_000);

  it('ends a worker past its heap cap and reads the next file', async () => {
    // A plain-text report of 17 MB: its paragraphs and their terms do not fit a 48 MB heap.
    const big = join(dir, 'huge-report.txt');
    writeFileSync(big, '按照实施意见要求，我局认真落实各项任务。\n'.repeat(300_000));
    const small = createImportPool({ size: 1, heapMb: 48 });
    try {
      const { parsed } = await collect(small, [big, seed('txt')]);
      expect(parsed[0].outcome.ok).toBe(false);
      if (!parsed[0].outcome.ok) expect(parsed[0].outcome.failure.message).toContain('所需内存超过了 48 MB 的上限');
      expect(parsed[1].outcome.ok).toBe(true);
    } finally {
      await small.close();
    }
  }, 120_000);

  it('ends the workers when an import passes the memory cap, tries the file alone, then fails it and reads the next', async () => {
    const heavy = join(dir, 'heavy-runs.pdf');
    writeManyRunsPdf(heavy);
    const capped = createImportPool({ size: 1, memoryCapBytes: 96 * 1024 * 1024 });
    try {
      await capped.warm();
      const { parsed } = await collect(capped, [heavy]);
      expect(parsed[0].outcome.ok).toBe(false);
      if (!parsed[0].outcome.ok) expect(parsed[0].outcome.failure.message).toContain('导入所占内存超过了 96 MB 的上限');
      const next = await collect(capped, [seed('txt')]);
      expect(next.parsed[0].outcome.ok).toBe(true);
    } finally {
      await capped.close();
    }
  }, 120_000);

  it('stops at a cancel, having handed over only files read in order', async () => {
    const controller = new AbortController();
    const paths = Array.from({ length: 12 }, () => seed('pdf'));
    const order: number[] = [];
    await pool.parse(paths, (i) => {
      order.push(i);
      if (i === 1) controller.abort();
    }, controller.signal);
    expect(order.length).toBeLessThan(paths.length);
    expect(order).toEqual(order.map((_, i) => i));
    // The pool still works after a cancel.
    const after = await collect(pool, [seed('txt')]);
    expect(view(after.parsed[0])).toMatchObject({ text: expect.any(String) });
  }, 120_000);
});
