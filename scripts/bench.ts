// `npm run bench`: speed and memory of the import pipeline, the compliance matrix and search, measured in one run.
// The corpus is the seed policy plus 2,000 generated submissions (txt, docx, pdf), made deterministically and cached.
// The import is measured on the new path (the import pool, PDFium) against today's (pdf.js on one thread), and the
// ratios asked of it are printed beside their aims.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { buildComplianceWorkbook } from '../electron/export/xlsx';
import { importFile } from '../electron/import';
import { createImportPool, type FileParser } from '../electron/ingest/pool';
import { benchOcr } from './bench-ocr';
import { cpuNow, cpuSince, twoThreadCeiling } from './bench-threads';
import { benchPortfolio, benchPortfolioApart } from './bench-portfolio';
import { createSegmenter } from '../electron/segment/jieba';
import { openWorkspace } from '../electron/services/workspace';
import { computeCompliance } from '../shared/compliance';
import { extractPolicy } from '../shared/extract/policy';
import type { Measure, PolicyExtract } from '../shared/types';
import type { ImportProgress } from '../shared/views';

const COUNT = Number(process.env.LUOSHI_BENCH_COUNT ?? 2000);
// How many times the import is measured on each path (the figures are medians).
const ROUNDS = Math.max(1, Number(process.env.LUOSHI_BENCH_ROUNDS ?? 3));
const OLD_ROUNDS = Math.max(1, Number(process.env.LUOSHI_BENCH_OLD_ROUNDS ?? 2));
const root = process.cwd();
const policyFile = join(root, 'seeds', 'policy-seed.txt');
const corpus = join(tmpdir(), `luoshi-bench-corpus-v2-${COUNT}`);

// ---------------------------------------------------------------- deterministic corpus

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CN_DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const cnYear = (y: number) => String(y).split('').map((d) => CN_DIGITS[Number(d)]).join('');
const cnSmall = (n: number) => (n <= 10 ? ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'][n] : n < 20 ? '十' + CN_DIGITS[n - 10] : CN_DIGITS[Math.floor(n / 10)] + '十' + (n % 10 ? CN_DIGITS[n % 10] : ''));

const FILLER = [
  '我局高度重视，成立了由主要负责同志任组长的工作专班，制定工作方案，明确责任分工和时间节点。',
  '通过召开专题会议、印发工作提示、开展业务培训等方式，推动各项任务落地见效。',
  '建立周调度、月通报工作机制，对工作中发现的问题建立台账，逐项销号管理。',
  '加强与上级部门的沟通对接，及时掌握政策动态，确保政策执行不走样。',
  '充分利用政务网站、微信公众号等渠道开展政策宣传，提高企业和群众的知晓率。',
  '下一步，我局将继续对照任务要求，查漏补缺，巩固提升，确保各项措施落实到位。',
];

function sentences(m: Measure): string[] {
  return m.text.split(/(?<=[。；])/).map((s) => s.trim()).filter((s) => s.length > 8 && !/牵头|按职责分工负责/.test(s));
}

function makeReport(policy: PolicyExtract, i: number): { name: string; title: string; body: string[] } {
  const r = rng(i + 1);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const departments = policy.departments;
  const dept = pick(departments);
  const own = policy.measures.filter((m) => m.lead.includes(dept) || m.support.includes(dept));
  const measures = [...new Set(Array.from({ length: 2 + Math.floor(r() * 4) }, () => pick(own.length ? own : policy.measures)))];
  const title = `${dept}关于《${policy.title.replace(/^.*?关于/, '关于')}》落实情况的报告`;
  const body: string[] = ['区政府办公室：', `按照${policy.docNumber ?? '文件'}要求，现将我单位有关任务落实情况报告如下。`];
  measures.forEach((m, k) => {
    const how = r();
    body.push(how < 0.5 ? `${cnSmall(k + 1)}、关于第${m.number}条“${m.title}”` : how < 0.8 ? `${cnSmall(k + 1)}、关于${m.title}工作` : `${cnSmall(k + 1)}、重点工作推进情况`);
    const own = sentences(m);
    for (let s = 0; s < 5 + Math.floor(r() * 6); s++) {
      const base = own.length && r() < 0.6 ? pick(own).replace(/[。；]$/, '') : pick(FILLER).replace(/。$/, '');
      body.push(`${base}，截至目前累计完成${10 + Math.floor(r() * 990)}项（次），涉及企业${1 + Math.floor(r() * 300)}家。`);
    }
  });
  body.push(pick(FILLER));
  const month = 9 + Math.floor(r() * 6);
  const year = month > 12 ? 2022 : 2021;
  const m2 = month > 12 ? month - 12 : month;
  const day = 1 + Math.floor(r() * 28);
  body.push(dept);
  body.push(r() < 0.5 ? `${year}年${m2}月${day}日` : `${cnYear(year)}年${cnSmall(m2)}月${cnSmall(day)}日`);
  return { name: `report-${String(i).padStart(4, '0')}`, title, body };
}

async function buildCorpus(policy: PolicyExtract): Promise<string[]> {
  if (existsSync(join(corpus, 'done'))) return listFiles();
  rmSync(corpus, { recursive: true, force: true });
  mkdirSync(join(corpus, 'docx-for-pdf'), { recursive: true });
  for (let i = 0; i < COUNT; i++) {
    const rep = makeReport(policy, i);
    const kind = i % 10 < 6 ? 'txt' : i % 10 < 9 ? 'docx' : 'pdf';
    if (kind === 'txt') {
      writeFileSync(join(corpus, `${rep.name}.txt`), [rep.title, '', ...rep.body].join('\n'));
      continue;
    }
    const doc = new Document({
      sections: [{ children: [new Paragraph({ children: [new TextRun({ text: rep.title, bold: true })] }), ...rep.body.map((t) => new Paragraph(t))] }],
    });
    const target = kind === 'docx' ? join(corpus, `${rep.name}.docx`) : join(corpus, 'docx-for-pdf', `${rep.name}.docx`);
    writeFileSync(target, await Packer.toBuffer(doc));
  }
  const pending = readdirSync(join(corpus, 'docx-for-pdf')).map((f) => join(corpus, 'docx-for-pdf', f));
  const profile = join(corpus, 'lo-profile');
  for (let k = 0; k < pending.length; k += 50) {
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', corpus, ...pending.slice(k, k + 50)], { stdio: 'ignore' });
  }
  rmSync(join(corpus, 'docx-for-pdf'), { recursive: true, force: true });
  rmSync(profile, { recursive: true, force: true });
  writeFileSync(join(corpus, 'done'), '');
  return listFiles();
}

function listFiles(): string[] {
  return readdirSync(corpus).filter((f) => /\.(txt|docx|pdf)$/.test(f)).sort().map((f) => join(corpus, f));
}

/** `times` copies of the corpus, each file changed just enough to be a distinct document (its own hash). */
function makeCopies(files: string[], times: number): string[] {
  const out = join(corpus, `copies-${times}`);
  const done = join(out, 'done');
  const list = () => readdirSync(out).filter((f) => /\.(txt|docx|pdf)$/.test(f)).sort().map((f) => join(out, f));
  if (existsSync(done)) return list();
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  for (let k = 0; k < times; k++) {
    for (const f of files) {
      const name = f.split('/').pop()!.replace(/(\.\w+)$/, `-${k}$1`);
      let bytes = readFileSync(f);
      const mark = Buffer.from(`copy ${k}`);
      if (f.endsWith('.txt')) bytes = Buffer.concat([bytes, Buffer.from(`\n（第 ${k + 1} 份）`)]);
      else if (f.endsWith('.pdf')) bytes = Buffer.concat([bytes, Buffer.from(`%${mark}\n`)]);
      else {
        // A zip comment: the end record's last field is the comment's length.
        const end = bytes.length - 22;
        const head = Buffer.from(bytes.subarray(0, bytes.length));
        head.writeUInt16LE(mark.length, end + 20);
        bytes = Buffer.concat([head, mark]);
      }
      writeFileSync(join(out, name), bytes);
    }
  }
  writeFileSync(done, '');
  return list();
}

// ---------------------------------------------------------------- measurements

/** The middle value; the mean of the two middle ones for an even count. */
const medianOf = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const k = Math.floor(s.length / 2);
  return s.length % 2 ? s[k] : (s[k - 1] + s[k]) / 2;
};
const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
const ms = (x: number) => `${x.toFixed(1)} ms`;
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;

/**
 * The bench's reports imported once into a fresh workspace in this process, after the policy, and the time it took in
 * ms printed after `marker` for the run that started this process to read.
 */
async function timedBatchApart(listFile: string, marker: string, parser?: FileParser): Promise<void> {
  const files = JSON.parse(readFileSync(listFile, 'utf8')) as string[];
  const file = join(tmpdir(), `luoshi-bench-apart-${process.pid}.sqlite`);
  const ws = openWorkspace(file, { segmenter: createSegmenter(), today: () => '2022-03-01', ...(parser ? { parser } : {}) });
  await ws.importFiles([policyFile], 'policy');
  const o0 = performance.now();
  await ws.importFiles(files, 'submission');
  const took = performance.now() - o0;
  ws.close();
  for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
  console.log(`${marker} ${took.toFixed(1)}`);
}

/** Today's path on 2,000 reports, timed in this process: pdf.js, everything on one thread, one report at a time. */
async function benchOldPath(listFile: string): Promise<void> {
  process.env.LUOSHI_PDF_ENGINE = 'pdfjs';
  await timedBatchApart(listFile, 'OLD_PATH_MS');
}

/** The pipeline on one parse worker, in this process (started on one core by oneCoreApart). */
async function benchOneCore(listFile: string): Promise<void> {
  const pool = createImportPool({ size: 1 });
  await pool.warm();
  await timedBatchApart(listFile, 'ONE_CORE_MS', pool);
  await pool.close();
}

/**
 * This bench started again in a process of its own with `flag` and the list of files (behind `command`, such as
 * taskset), and the time in ms it printed after `marker`; null where `command` is missing.
 */
function runApart(what: string, flag: string, marker: string, listFile: string, command: string[] = []): number | null {
  const [program, ...prefix] = [...command, process.execPath];
  const r = spawnSync(program, [...prefix, process.argv[1], flag, listFile], { encoding: 'utf8' });
  if (r.error && command.length > 0) return null;
  const found = new RegExp(`${marker} ([\\d.]+)`).exec(r.stdout ?? '');
  if (r.status !== 0 || !found) throw new Error(`${what} failed (${r.status ?? r.signal}): ${r.stderr}`);
  return Number(found[1]);
}

/** The previous path's import of the list, in a process of its own. */
const oldPathApart = (listFile: string) => runApart("the previous path's run", '--old-path', 'OLD_PATH_MS', listFile)!;

/**
 * The pipeline on one parse worker with the whole process held to one core (`taskset`, Linux), in a process of its
 * own: what one core does, beside what two do. With both cores free, one parse worker is not one core's work: the
 * segmenter and this thread run on the other core beside it. Its import time in ms, or null where taskset is missing.
 */
const oneCoreApart = (listFile: string) => runApart('the one-core run', '--one-core', 'ONE_CORE_MS', listFile, ['taskset', '-c', '0']);

async function main(): Promise<void> {
  // `npm run bench -- --ocr` measures OCR alone.
  if (process.argv.includes('--ocr')) return benchOcr(root);
  // `npm run bench -- --portfolio` measures the portfolio alone (in this process; the full run starts one for it).
  if (process.argv.includes('--portfolio')) return benchPortfolio();
  // The previous path's import, in a process of its own (started by the full run, between its rounds).
  const oldAt = process.argv.indexOf('--old-path');
  if (oldAt >= 0) return benchOldPath(process.argv[oldAt + 1]);
  const oneCoreAt = process.argv.indexOf('--one-core');
  if (oneCoreAt >= 0) return benchOneCore(process.argv[oneCoreAt + 1]);
  const policyDoc = await importFile(policyFile);
  if (!policyDoc.ok) throw new Error(policyDoc.failure.message);
  const policy = extractPolicy({ paragraphs: policyDoc.doc.paragraphs });
  console.log(`语料：${corpus}`);
  const t0 = performance.now();
  const files = await buildCorpus(policy);
  console.log(`生成/读取语料 ${files.length} 份，用时 ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const byKind = (ext: string) => files.filter((f) => f.endsWith(ext)).length;
  console.log(`  txt ${byKind('.txt')}，docx ${byKind('.docx')}，pdf ${byKind('.pdf')}；共 ${mib(files.reduce((n, f) => n + statSync(f).size, 0))}`);

  const segmenter = createSegmenter();
  const dir = join(tmpdir(), `luoshi-bench-ws-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  let wsCount = 0;
  let lastFile = '';
  const freshWorkspace = (parser?: FileParser) => {
    lastFile = join(dir, `bench-${wsCount++}.sqlite`);
    return openWorkspace(lastFile, { segmenter, today: () => '2022-03-01', ...(parser ? { parser } : {}) });
  };

  // The pools: two parse workers (one per core here) and one. They share the process's segmenter (one serves up to
  // four parse workers), started with the pools as an application starts them, in the background.
  const pool2 = createImportPool({ size: 2 });
  const pool1 = createImportPool({ size: 1 });
  const w0 = performance.now();
  await Promise.all([pool2.warm(), pool1.warm()]);
  const warmMs = performance.now() - w0;

  // Cold start: the first import after the engines are warmed, against the second (each into a fresh workspace).
  const seedFiles = ['pdf', 'docx', 'txt'].map((ext) => join(root, 'seeds', `policy-seed.${ext}`));
  const timedImport = async (parser: FileParser | undefined, paths: string[]) => {
    const ws = freshWorkspace(parser);
    const i0 = performance.now();
    await ws.importFiles(paths, 'submission');
    const t = performance.now() - i0;
    ws.close();
    return t;
  };
  const firstMs = await timedImport(pool2, seedFiles);
  const secondMs = await timedImport(pool2, seedFiles);

  // Memory while a batch runs: the process's peak, and the import's share (above the process at the batch's start).
  // `fifths` holds the import's largest share in each fifth of the batch (by files handed over), so a share that
  // grows with the count shows as a rising row where a single peak could be one collection's timing. With `settle`
  // (and node's --expose-gc), this thread's heap is also collected in full at the end of each fifth and what stays is
  // noted: what the import keeps, apart from what the collector has not yet taken back.
  const sampleMemory = (parser: FileParser, total: number, settle = false) => {
    const peak = { rss: 0, share: 0 };
    const fifths = [0, 0, 0, 0, 0];
    const kept: number[] = [];
    const collect = (globalThis as { gc?: () => void }).gc;
    let done = 0;
    const fifthOf = (n: number) => Math.min(4, Math.floor((n * 5) / Math.max(1, total)));
    const timer = setInterval(() => {
      const share = parser.memoryBytes();
      peak.rss = Math.max(peak.rss, process.memoryUsage.rss());
      peak.share = Math.max(peak.share, share);
      fifths[fifthOf(done)] = Math.max(fifths[fifthOf(done)], share);
    }, 50);
    const progress = (p: ImportProgress) => {
      const ended = p.done === total || fifthOf(p.done) > fifthOf(done);
      done = p.done;
      if (settle && collect && ended && kept.length < 5) {
        collect();
        kept.push(process.memoryUsage().heapUsed);
      }
    };
    return { peak, fifths, kept, progress, stop: () => clearInterval(timer) };
  };



  // The new floor: reading (PDFium, the Word reader), repair and jieba in the pool, nothing stored.
  let chars = 0;
  const floor = async (parser: FileParser) => {
    chars = 0;
    const c0 = cpuNow();
    const f0 = performance.now();
    await parser.parse(files, (_, parsed) => {
      if (parsed.outcome.ok) chars += parsed.outcome.doc.text.length;
    });
    return { ms: performance.now() - f0, cpu: cpuSince(c0) };
  };

  // The pipeline: the pool reads, this thread analyses each report and writes them in batched transactions.
  const pipeline = async (parser: FileParser, paths: string[], settle = false) => {
    const ws = freshWorkspace(parser);
    await ws.importFiles([policyFile], 'policy');
    const memory = sampleMemory(parser, paths.length, settle);
    const c0 = cpuNow();
    const p0 = performance.now();
    const batch = await ws.importFiles(paths, 'submission', memory.progress);
    const t = performance.now() - p0;
    const cpu = cpuSince(c0);
    memory.stop();
    return { ws, file: lastFile, batch, ms: t, cpu, peak: memory.peak, fifths: memory.fifths, kept: memory.kept };
  };

  // The floor and the pipeline on one parse worker and on two, in turn, ROUNDS times: the figures are each one's
  // median, so that a moment when the machine is busier elsewhere does not decide a ratio.
  type Run = { ms: number; cpu: ReturnType<typeof cpuSince> };
  // The previous path runs between them, in a process of its own: it loads jieba on its one thread, which would
  // otherwise stay in this process and count in the new path's memory.
  const fileList = join(dir, 'files.json');
  mkdirSync(dir, { recursive: true });
  writeFileSync(fileList, JSON.stringify(files));
  const oldRuns: number[] = [];
  const oneCoreRuns: number[] = [];
  const runs = { floor1: [] as Run[], floor2: [] as Run[], one: [] as Run[], two: [] as Run[] };
  let two!: Awaited<ReturnType<typeof pipeline>>;
  for (let round = 0; round < ROUNDS; round++) {
    runs.floor1.push(await floor(pool1));
    runs.floor2.push(await floor(pool2));
    const one = await pipeline(pool1, files);
    one.ws.close();
    runs.one.push(one);
    if (two) two.ws.close();
    two = await pipeline(pool2, files);
    runs.two.push(two);
    if (round < OLD_ROUNDS) oldRuns.push(oldPathApart(fileList));
    const oneCore = oneCoreApart(fileList);
    if (oneCore !== null) oneCoreRuns.push(oneCore);
  }
  const middle = (list: Run[]) => [...list].sort((a, b) => a.ms - b.ms)[Math.floor(list.length / 2)];
  const spread = (list: Run[]) => (list.length > 1 ? `（${ROUNDS} 轮：${list.map((r) => (r.ms / 1000).toFixed(1)).join(' / ')} s）` : '');
  const floor1 = middle(runs.floor1);
  const floor2 = middle(runs.floor2);
  const one = middle(runs.one);
  const pipelineRun = middle(runs.two);
  const floorMs = floor2.ms;
  const pipelineMs = pipelineRun.ms;
  // An application has one pool: the one-worker pool's worker goes before the larger runs.
  await pool1.close();
  // What two threads give on this machine now, for the ratios of two parse workers to one.
  const ceiling = await twoThreadCeiling();
  const twoFile = two.file;
  const batch = two.batch;
  const ws = two.ws;

  // Memory flat in the count: 10,000 reports (the corpus five times, each copy made distinct), against 2,000.
  let large: { count: number; ms: number; peak: { rss: number; share: number }; fifths: number[]; kept: number[] } | null = null;
  if (process.env.LUOSHI_BENCH_LARGE !== '0') {
    const copies = makeCopies(files, 5);
    const run = await pipeline(pool2, copies, true);
    run.ws.close();
    large = { count: copies.length, ms: run.ms, peak: run.peak, fifths: run.fifths, kept: run.kept };
  }
  await pool2.close();
  // The whole process's peak so far: everything the new path holds (this thread, the pools' threads and their
  // jieba dictionaries), before today's path loads jieba on this thread.
  const importPeak = process.resourceUsage().maxRSS * 1024;

  // Today's path on this thread (its throughput was measured between the rounds): its first import against its
  // second (it has no warm-up).
  process.env.LUOSHI_PDF_ENGINE = 'pdfjs';
  const oldFirstMs = await timedImport(undefined, seedFiles);
  const oldSecondMs = await timedImport(undefined, seedFiles);
  const oldMs = medianOf(oldRuns);
  delete process.env.LUOSHI_PDF_ENGINE;
  // Warm the in-thread engines too (PDFium, mammoth) before the seed timings.
  for (const f of seedFiles) await importFile(f);

  // The seed policy on this thread (PDFium): import and extraction, each rendition, warm; median of five.
  const seedTimes: string[] = [];
  let seedPdfMs = 0;
  for (const ext of ['txt', 'docx', 'pdf']) {
    const times: number[] = [];
    for (let k = 0; k < 5; k++) {
      const s0 = performance.now();
      const o = await importFile(join(root, 'seeds', `policy-seed.${ext}`));
      if (o.ok) extractPolicy({ paragraphs: o.doc.paragraphs });
      times.push(performance.now() - s0);
    }
    const median = percentile(times, 50);
    if (ext === 'pdf') seedPdfMs = median;
    seedTimes.push(`${ext} ${ms(median)}`);
  }

  // The matrix: loading every analysis from the database and computing, then computing alone.
  const cold0 = performance.now();
  const fresh = openWorkspace(twoFile, { segmenter });
  const matrix = fresh.compliance('2022-01-31');
  const coldMs = performance.now() - cold0;
  const loadedPolicy = fresh.getPolicy()!.extract;
  const submissions = fresh.listDocuments().filter((d) => d.role === 'submission').map((d) => fresh.getDocument(d.id)!.analysis!).filter(Boolean);
  const computeTimes: number[] = [];
  for (let k = 0; k < 20; k++) {
    const c0 = performance.now();
    computeCompliance({ policy: loadedPolicy, submissions, asOf: k % 2 ? '2021-11-15' : '2022-01-31' });
    computeTimes.push(performance.now() - c0);
  }

  // 总览: every policy's figures, deadlines, ranking and the month-end trend, after a change (all month ends
  // computed) and after moving the as-of date alone (month ends kept).
  const overviewCold: number[] = [];
  const overviewMoved: number[] = [];
  let trendPoints = 0;
  for (let k = 0; k < 5; k++) {
    fresh.call('settings/set', { reportDeadline: k % 2 ? '2022-06-30' : null });
    const v0 = performance.now();
    trendPoints = fresh.call('portfolio/overview', { asOf: '2022-01-31' }).trend.length;
    overviewCold.push(performance.now() - v0);
    const v1 = performance.now();
    fresh.call('portfolio/overview', { asOf: k % 2 ? '2022-01-20' : '2022-01-25' });
    overviewMoved.push(performance.now() - v1);
  }

  // Search: 200 queries of one, two and three words taken from the policy's titles and text.
  const r = rng(7);
  const words = [...new Set(loadedPolicy.measures.flatMap((m) => segmenter.terms(m.title + m.text)).filter((w) => w.length >= 2))];
  const queries = Array.from({ length: 200 }, () => Array.from({ length: 1 + Math.floor(r() * 3) }, () => words[Math.floor(r() * words.length)]).join(' '));
  const searchTimes: number[] = [];
  let hits = 0;
  for (const q of queries) {
    const s0 = performance.now();
    hits += fresh.search(q, {}, 20).length;
    searchTimes.push(performance.now() - s0);
  }
  // The Excel workbook of that matrix, and the spreadsheet and OFD fixtures' import.
  const x0 = performance.now();
  const workbook = await buildComplianceWorkbook(loadedPolicy, matrix);
  const workbookMs = performance.now() - x0;
  const fixtureTimes: string[] = [];
  const fixtureFiles = [
    'sheets/task-table.xlsx',
    'sheets/task-table.xls',
    'wps/task-table.et',
    'wps/policy-seed.wps',
    'ofd/notice.ofd',
    'ofd/division-table.ofd',
    'web/national-incentive-measures-notice.html',
    'web/national-innovation-reform-table.html',
  ];
  // the first pass loads SheetJS and the XML and HTML parsers; the second is timed
  for (const pass of [0, 1]) {
    for (const f of fixtureFiles) {
      const i0 = performance.now();
      await importFile(join(root, 'electron', 'import', '__fixtures__', f));
      if (pass) fixtureTimes.push(`${f.replace(/^.*\//, '')} ${ms(performance.now() - i0)}`);
    }
  }
  fresh.close();
  ws.close();
  rmSync(dir, { recursive: true, force: true });

  const docsPerSec = (n: number, t: number) => (n / (t / 1000)).toFixed(1);
  const charsPerSec = (t: number) => Math.round(chars / (t / 1000)).toLocaleString('en-US');
  const imported = batch.imported;
  const peak = process.resourceUsage().maxRSS * 1024;
  const x = (a: number, b: number) => `${(a / b).toFixed(2)}x`;
  console.log('');
  console.log(`导入失败 ${batch.failed} 份；矩阵 ${matrix.obligations.length} 项义务；检索命中 ${hits} 条；工作线程预热 ${(warmMs / 1000).toFixed(1)} s`);
  console.log('| 指标 | 结果 | 目标 |');
  console.log('| --- | --- | --- |');
  const seconds = (t: number) => `${(t / 1000).toFixed(1)} s`;
  const cpuText = (r: Run) => (r.cpu.main === null ? `进程 ${seconds(r.cpu.total)}` : `主线程 ${seconds(r.cpu.main)}，其他线程 ${seconds(r.cpu.others!)}`);
  console.log(`| 全流程（2 个读取线程：PDFium 等读取、修复与报告分析，共用 1 个结巴分词线程；主线程分批入库） | ${docsPerSec(imported, pipelineMs)} 份/s，${charsPerSec(pipelineMs)} 字/s，共 ${seconds(pipelineMs)}${spread(runs.two)} | |`);
  console.log(`| 原路径（pdf.js，单线程，逐份入库） | ${docsPerSec(imported, oldMs)} 份/s，共 ${seconds(oldMs)}${oldRuns.length > 1 ? `（${oldRuns.length} 轮：${oldRuns.map((t) => (t / 1000).toFixed(1)).join(' / ')} s）` : ''} | |`);
  console.log(`| 吞吐量：新 / 原 | ${x(oldMs, pipelineMs)} | ≥ 3x |`);
  console.log(`| 新下限（读取线程中读取+修复+分词，不分析、不入库） | ${docsPerSec(files.length, floorMs)} 份/s，共 ${seconds(floorMs)}${spread(runs.floor2)} | |`);
  console.log(`| 全流程 / 新下限 | ${x(pipelineMs, floorMs)} | ≤ 1.2x |`);
  console.log(`| CPU 时间（中位一轮）：下限 / 全流程 | ${cpuText(floor2)} / ${cpuText(pipelineRun)} | |`);
  console.log(`| 2 个读取线程 / 1 个：全流程 | ${x(one.ms, pipelineMs)}（1 个：${seconds(one.ms)}${spread(runs.one)}） | ≥ 1.7x |`);
  if (oneCoreRuns.length > 0) console.log(`| 两核 / 一核：全流程（一核：1 个读取线程，整个进程以 taskset 限于一核） | ${x(medianOf(oneCoreRuns), pipelineMs)}（一核：${seconds(medianOf(oneCoreRuns))}${oneCoreRuns.length > 1 ? `（${oneCoreRuns.length} 轮：${oneCoreRuns.map((t) => (t / 1000).toFixed(1)).join(' / ')} s）` : ''}） | |`);
  console.log(`| 2 个读取线程 / 1 个：下限 | ${x(floor1.ms, floorMs)}（1 个：${seconds(floor1.ms)}${spread(runs.floor1)}） | |`);
  console.log(`| 本机两线程上限（同一纯计算，一线程 ÷ 两线程，3 次） | ${x(ceiling.median, 1)}（${ceiling.low.toFixed(2)}–${ceiling.high.toFixed(2)}） | |`);
  console.log(`| 首次导入 / 第二次（种子政策三种格式，预热后） | ${x(firstMs, secondMs)}（${ms(firstMs)} / ${ms(secondMs)}） | ≤ 2x |`);
  console.log(`| 原路径首次 / 第二次（无预热） | ${x(oldFirstMs, oldSecondMs)}（${ms(oldFirstMs)} / ${ms(oldSecondMs)}） | |`);
  console.log(`| 导入内存：峰值 RSS / 导入所占 | ${COUNT.toLocaleString('en-US')} 份：${mib(two.peak.rss)} / ${mib(two.peak.share)}${large ? `；${large.count.toLocaleString('en-US')} 份：${mib(large.peak.rss)} / ${mib(large.peak.share)}（${docsPerSec(large.count, large.ms)} 份/s）` : ''} | 导入所占 < 1 GiB，与份数无关 |`);
  if (large) console.log(`| ${large.count.toLocaleString('en-US')} 份导入所占，按已导入五分之一分段取峰值 | ${large.fifths.map(mib).join(' / ')} | 不随份数上升 |`);
  if (large && large.kept.length > 0) console.log(`| ${large.count.toLocaleString('en-US')} 份导入中主线程 JS 堆，每五分之一处完全回收后 | ${large.kept.map(mib).join(' / ')} | 不随份数上升 |`);
  console.log(`| 矩阵重算（仅计算，中位数） | ${ms(percentile(computeTimes, 50))} | < 200 ms |`);
  console.log(`| 矩阵重算（从数据库载入并计算） | ${ms(coldMs)} | |`);
  console.log(`| 总览重算（含 ${trendPoints} 个月末点；改动后 / 只改截止日期，中位数） | ${ms(percentile(overviewCold, 50))} / ${ms(percentile(overviewMoved, 50))} | < 200 ms |`);
  console.log(`| 检索延迟 p50 / p95（200 次） | ${ms(percentile(searchTimes, 50))} / ${ms(percentile(searchTimes, 95))} | p95 < 20 ms |`);
  console.log(`| 新路径进程峰值内存（RSS：主线程、各线程及结巴词典，以上各项导入合计） | ${mib(importPeak)} | < 1 GiB |`);
  console.log(`| 整个基准进程峰值内存（另含原路径在主线程加载的结巴词典） | ${mib(peak)} | |`);
  console.log(`| 政策导入+抽取（种子政策，本线程，预热后中位数） | ${seedTimes.join('，')} | pdf ≤ 150 ms（${ms(seedPdfMs)}） |`);
  console.log(`| Excel 工作簿导出（上述矩阵） | ${ms(workbookMs)}，${Math.round(workbook.length / 1024)} KiB | |`);
  console.log(`| 表格、OFD、WPS 与网页导入（测试文件） | ${fixtureTimes.join('，')} | |`);
  await benchOcr(root);
  benchPortfolioApart();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
