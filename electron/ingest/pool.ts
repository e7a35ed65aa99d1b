// The import pool: worker threads read, repair, segment and read reports against the policy while the calling
// thread stays free to answer. Results come back in the order the files were given. Parse workers (PDFium, the Word
// reader, layout repair, the reading of a report) ask a segmenter (jieba) for terms directly, one segmenter for up to
// four parse workers; the calling thread asks one too for what it needs segmented (a policy's measures), so it needs
// no jieba of its own. Each file is handled under limits: a heap cap per parse worker, a wall-clock budget after which
// its worker is ended and replaced, and a cap on the import's memory, past which the busy parse workers are ended and
// their files tried again one at a time (a file that passes the cap alone fails). Segmenters are never ended: jieba
// does not give its dictionary's memory back when a thread ends, which is also why there are fewer of them.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, type MessagePort } from 'node:worker_threads';
import type { ImportErrorCode } from '../../shared/types';
import { unpackTerms, type FromParser, type ParsedFile, type PolicyRequest, type ReadingRequest, type StoredText, type TermsReply, type TermsRequest, type ToParser } from './protocol';
import { sharedSegmenters } from './segmenters';

export type { ParsedFile, PolicyRequest, ReadingRequest, StoredText } from './protocol';

/** Reads files into parsed documents; the workspace stores what it hands over. */
export interface FileParser {
  /**
   * Parses the files; `onParsed` is called once per file, in the order given. Stops early when `signal` aborts. With
   * `reading`, each document also comes back read against that policy state (where the parser can do it); `onPage`
   * hears of the pages of a scan being read by OCR (where the parser reports them); with `asPolicy`, each document
   * also comes back read as a policy (every parser does this, under the file's limits where it has them).
   */
  parse(
    paths: string[],
    onParsed: (index: number, parsed: ParsedFile) => void,
    signal?: AbortSignal,
    reading?: ReadingRequest,
    onPage?: (index: number, done: number, total: number) => void,
    asPolicy?: PolicyRequest,
  ): Promise<void>;
  /**
   * Each text's index terms from the parser's own segmenter: the same terms a Segmenter's `terms` gives (the same
   * dictionary and rules), without loading jieba on the calling thread where the parser segments elsewhere.
   */
  terms(texts: string[]): Promise<string[][]>;
  /**
   * A document the workspace holds read as a policy with `request`'s directory, where files are read (a parse worker,
   * off the calling thread); undefined for a text past the size a policy may have. Rejects where the reader ended.
   */
  readPolicy(doc: StoredText, request: PolicyRequest): Promise<ParsedFile['policy']>;
  /** Starts the engines in the background so the first import is not slower than the next; resolves when ready. */
  warm(): Promise<void>;
  /** The import's share of the process's memory (0 where nothing runs off-thread). */
  memoryBytes(): number;
  close(): Promise<void>;
}

/**
 * Slots: a parse worker per core (up to four: each may hold up to its heap cap and PDFium's memory). A parse worker
 * waits while its segmenter cuts its file's paragraphs (a small share of a file's work), so one segmenter serves up
 * to four parse workers; two at most, since each holds a 250 MB dictionary for good. Measured on 2 busy cores (2,000
 * reports): one parse worker 31.8 s, two 19.3 s (1.64x).
 */
export function defaultPoolSize(): number {
  return Math.max(1, Math.min(4, availableParallelism()));
}

/** Segmenters for a pool of `size` parse workers. */
export const segmentersFor = (size: number) => Math.min(2, Math.ceil(size / 4));

export interface PoolOptions {
  /** Slots (a parse worker each; segmenters as segmentersFor says); one per core, up to four, unless given. */
  size?: number;
  /** Each worker's JavaScript heap cap. */
  heapMb?: number;
  /** Wall-clock budget per file. */
  budgetMs?: number;
  /** Wall-clock budget for each page of a scan read by OCR (from the page before); the file's budget unless given. */
  ocrPageBudgetMs?: number;
  /**
   * Cap on the memory an import takes: the process's resident memory above what it held when the batch started
   * (the host's own share: its database and search, and idle workers). In Electron the pool runs in a process of
   * its own.
   */
  memoryCapBytes?: number;
  /** A worker whose PDFium memory has grown past this is replaced after its file (that memory never shrinks). */
  recycleWasmBytes?: number;
  /** The worker scripts; found beside this module (or its bundle) unless given. */
  workerFiles?: WorkerFiles;
  /**
   * Whether documents come back with their index terms (the default). Without, no segmenter is started (jieba's
   * dictionary is not loaded): for reading a file under the import's limits and nothing more.
   */
  segment?: boolean;
}

const MiB = 1024 * 1024;
export const DEFAULT_LIMITS = {
  heapMb: 192,
  budgetMs: 30_000,
  memoryCapBytes: 1024 * MiB,
  recycleWasmBytes: 96 * MiB,
};

/**
 * Files handed to a parse worker at once. This thread writes reports in batches, and a worker that had to wait for
 * it to hear of its next file would stand idle meanwhile. A file's time budget starts when it reaches the head.
 */
const WORKER_DEPTH = 4;
/** How often the process's memory is looked at while workers are busy. */
const MEMORY_SAMPLE_MS = 100;
/** How long a worker being closed may take to end its own OCR process first. */
const RETIRE_MS = 2_000;
/** How long closing waits for a scan's page still being read in a thread (Electron). */
const OCR_FINISH_MS = 60_000;

function failed(path: string, code: ImportErrorCode, reason: string): ParsedFile {
  const file = basename(path);
  return { outcome: { ok: false, failure: { file, code, message: `无法导入「${file}」：${reason}` } }, terms: null };
}

const timedOut = (ms: number) => `读取该文件超过了 ${Math.round(ms / 1000)} 秒的时间上限（文件过大或结构异常），已停止读取，未导入。`;
const pageTimedOut = (ms: number) => `识别扫描件一页的文字超过了 ${Math.ceil(ms / 1000)} 秒的时间上限（页面过大或图像异常），已停止识别，未导入。`;
const heapExceeded = (mb: number) => `读取该文件所需内存超过了 ${mb} MB 的上限（文件过大或结构异常），已停止读取，未导入。`;
const memoryExceeded = (bytes: number) =>
  `读取该文件时导入所占内存超过了 ${Math.round(bytes / MiB)} MB 的上限（文件过大或结构异常），已停止读取，未导入。`;
const workerFailed = '读取文件内容时出错，未能取得文字。';

export interface WorkerFiles {
  /** The script to start, and what it is given as workerData for each kind. */
  parser: { file: string; workerData?: unknown };
  segmenter: { file: string; workerData?: unknown };
}

/** The bundled workers beside a bundle, else the source bootstrap beside this module (which loads TypeScript). */
export function defaultWorkerFiles(): WorkerFiles {
  const dir = dirname(fileURLToPath(import.meta.url));
  const bundled = (name: string) => ['cjs', 'mjs'].map((ext) => join(dir, `${name}.${ext}`)).find((f) => existsSync(f));
  const parser = bundled('import-worker');
  const segmenter = bundled('segment-worker');
  if (parser && segmenter) return { parser: { file: parser }, segmenter: { file: segmenter } };
  const boot = join(dir, 'worker-boot.mjs');
  return {
    parser: { file: boot, workerData: { entry: pathToFileURL(join(dir, 'worker.ts')).href } },
    segmenter: { file: boot, workerData: { entry: pathToFileURL(join(dir, 'segment-worker.ts')).href } },
  };
}

interface Task {
  /** The batch the file belongs to: a result that arrives after its batch was cancelled is dropped. */
  owner: object;
  index: number;
  path: string;
  attempts: number;
  /** Runs with no other file in flight (after it took part in passing the memory cap). */
  solo: boolean;
}

interface Slot {
  worker: Worker;
  ready: Promise<void>;
  /**
   * The files handed to the worker, in order: the first is being read, the others wait in the worker, so it never
   * waits for this thread (busy writing) to be given its next file.
   */
  tasks: Task[];
  timer: NodeJS.Timeout | null;
  /** Set once the slot is being ended; its events no longer count. */
  ended: boolean;
  /**
   * OCR started for the slot's scan: its process (ended with the worker; it would end itself soon after), or, in
   * Electron, `pid` null for a thread inside the worker, which must end before the worker does.
   */
  ocr: { pid: number | null } | null;
  /** The policy state the worker holds for reading reports. */
  readingId: number | null;
  /** The request to read files as policies the worker holds. */
  asPolicyId: number | null;
  /** Stored documents sent to be read as policies, by request id, waiting for their answer. */
  policyReads: Map<number, { resolve: (policy: ParsedFile['policy']) => void; reject: (error: Error) => void }>;
}

export function createImportPool(options: PoolOptions = {}): FileParser {
  const size = Math.max(1, options.size ?? defaultPoolSize());
  const heapMb = options.heapMb ?? DEFAULT_LIMITS.heapMb;
  const budgetMs = options.budgetMs ?? DEFAULT_LIMITS.budgetMs;
  const pageBudgetMs = options.ocrPageBudgetMs ?? budgetMs;
  const memoryCap = options.memoryCapBytes ?? DEFAULT_LIMITS.memoryCapBytes;
  const recycleWasm = options.recycleWasmBytes ?? DEFAULT_LIMITS.recycleWasmBytes;
  const files = options.workerFiles ?? defaultWorkerFiles();
  const segment = options.segment ?? true;
  const segmenterCount = segmentersFor(size);
  const segmenters = sharedSegmenters(segment ? segmenterCount : 0, files.segmenter);
  // Measured again at the start of each batch: memory a finished batch left in the allocator is not this one's.
  let hostBytes = process.memoryUsage.rss();
  /** The import's share of the process's memory now. */
  const importBytes = () => Math.max(0, process.memoryUsage.rss() - hostBytes);

  const slots: (Slot | null)[] = Array.from({ length: size }, () => null);
  let nextId = 1;
  // The batch in progress (one at a time: later calls wait their turn).
  let current: Batch | null = null;
  let turn: Promise<void> = Promise.resolve();

  interface Batch {
    queue: Task[];
    /** undefined while pending; null once handed over (so a long batch does not hold every document). */
    results: (ParsedFile | null | undefined)[];
    delivered: number;
    onParsed: (index: number, parsed: ParsedFile) => void;
    onPage?: (index: number, done: number, total: number) => void;
    done: () => void;
    stopped: boolean;
    reading?: ReadingRequest;
    asPolicy?: PolicyRequest;
  }

  function spawn(at: number): Slot {
    const worker = new Worker(files.parser.file, {
      workerData: files.parser.workerData,
      resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: Math.min(64, Math.max(16, heapMb / 8)) },
      stdout: false,
      stderr: false,
    });
    let ready!: () => void;
    const slot: Slot = { worker, ready: new Promise<void>((r) => (ready = r)), tasks: [], timer: null, ended: false, ocr: null, readingId: null, asPolicyId: null, policyReads: new Map() };
    // Its own line to a segmenter, before anything else.
    if (segment) {
      const line = segmenters.connect(segmenterCount);
      worker.postMessage({ type: 'segmenter', port: line } satisfies ToParser, [line]);
    }
    worker.on('message', (message: FromParser) => {
      if (message.type === 'ready') {
        ready();
        // Starting up keeps the process alive (someone may be waiting on it); an idle worker does not.
        if (slot.tasks.length === 0) worker.unref();
      }
      else if (message.type === 'parsed' && !slot.ended) {
        const parsed: ParsedFile = {
          outcome: message.outcome,
          terms: message.terms,
          ...(message.analysis ? { analysis: message.analysis } : {}),
          ...(message.policy ? { policy: message.policy } : {}),
        };
        finish(at, slot, parsed, message.wasmBytes > recycleWasm);
      }
      else if (message.type === 'policy-read') {
        const asked = slot.policyReads.get(message.id);
        slot.policyReads.delete(message.id);
        if (slot.tasks.length === 0 && slot.policyReads.size === 0) worker.unref();
        asked?.resolve(message.policy);
      }
      else if (message.type === 'page' && slot.tasks.length > 0 && !slot.ended) {
        slot.ocr = { pid: message.ocrPid };
        startBudget(at, slot, slot.tasks[0], pageBudgetMs, pageTimedOut(pageBudgetMs));
        current?.onPage?.(slot.tasks[0].index, message.done, message.total);
      }
    });
    worker.on('error', (err: Error & { code?: string }) => {
      if (slot.ended) return;
      const task = end(at, slot);
      if (task) settle(task, err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? failed(task.path, 'too-large', heapExceeded(heapMb)) : failed(task.path, 'no-text', workerFailed));
      ready();
      pump();
    });
    worker.on('exit', () => {
      if (slot.ended) return;
      const task = end(at, slot);
      if (task) settle(task, failed(task.path, 'no-text', workerFailed));
      ready();
      pump();
    });
    slots[at] = slot;
    return slot;
  }

  /**
   * Ends a worker; returns the file it was reading. The files waiting in it go back to the front of the batch's queue,
   * in their order, to be handed to another.
   */
  function end(at: number, slot: Slot): Task | null {
    slot.ended = true;
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    failPolicyReads(slot);
    const [task = null, ...waiting] = slot.tasks;
    slot.tasks = [];
    requeue(waiting);
    if (slots[at] === slot) slots[at] = null;
    // Ended at once (it may be stuck in a file), and the OCR process reading its scan with it: OCR runs in a process
    // of its own, so ending it mid-page ends nothing else. An OCR thread (Electron) is ended first, by the worker.
    const ocr = slot.ocr;
    slot.ocr = null;
    if (ocr?.pid != null) endProcess(ocr.pid);
    void (ocr && ocr.pid === null ? retire(slot.worker) : slot.worker.terminate());
    return task;
  }

  /** The stored documents a worker was reading as policies are not read: their callers hear so. */
  function failPolicyReads(slot: Slot): void {
    for (const asked of slot.policyReads.values()) asked.reject(new Error('the parse worker ended'));
    slot.policyReads.clear();
  }

  /** Files handed to a worker that never started them go back to the front of their batch's queue, in order. */
  function requeue(tasks: Task[]): void {
    const batch = current;
    if (batch && !batch.stopped) batch.queue.unshift(...tasks.filter((t) => t.owner === batch));
  }

  function endProcess(pid: number): void {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }

  /** Resolves when the worker hands over the file it is reading (or ends, or the wait runs out). */
  function settled(worker: Worker): Promise<void> {
    return new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, OCR_FINISH_MS);
      const done = () => {
        clearTimeout(timer);
        resolve();
      };
      worker.on('message', (message: FromParser) => message.type === 'parsed' && done());
      worker.on('exit', done);
    });
  }

  /** A worker reading a scan by OCR in a thread of its own (Electron): ending it mid-page would end the process. */
  const inThreadOcr = (slot: Slot) => slot.ocr !== null && slot.ocr.pid === null;

  /** Asks a worker to end its own OCR process, then ends it (at once if it does not answer soon). */
  function retire(worker: Worker): Promise<unknown> {
    return new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, RETIRE_MS);
      worker.on('message', (message: FromParser) => {
        if (message.type === 'closed') {
          clearTimeout(timer);
          resolve();
        }
      });
      worker.on('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      try {
        worker.postMessage({ type: 'close' } satisfies ToParser);
      } catch {
        clearTimeout(timer);
        resolve();
      }
    }).then(() => worker.terminate());
  }

  function finish(at: number, slot: Slot, parsed: ParsedFile, recycle: boolean): void {
    const task = slot.tasks.shift();
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    if (!inThreadOcr(slot)) slot.ocr = null;
    if (recycle) {
      // Its next files have not started: they go to another worker.
      const waiting = slot.tasks;
      slot.tasks = [];
      end(at, slot);
      requeue(waiting);
    } else if (slot.tasks.length > 0) startBudget(at, slot, slot.tasks[0]);
    else slot.worker.unref();
    pump();
    if (task) settle(task, parsed);
  }

  function settle(task: Task, parsed: ParsedFile): void {
    const batch = current;
    if (!batch || batch.stopped || task.owner !== batch || batch.results[task.index] !== undefined) return;
    batch.results[task.index] = parsed;
    // Deliver in order: everything from the first undelivered file up to the first still missing.
    while (batch.delivered < batch.results.length && batch.results[batch.delivered]) {
      const index = batch.delivered;
      const result = batch.results[index]!;
      batch.results[index] = null;
      batch.delivered += 1;
      try {
        batch.onParsed(index, result);
      } catch {
        /* a failing consumer must not stop the batch */
      }
    }
    if (batch.delivered === batch.results.length) batch.done();
  }

  const busy = () => slots.filter((s): s is Slot => s !== null && s.tasks.length > 0);

  /** The file's time budget, from now (again at each page of a scan read by OCR, which takes seconds a page). */
  function startBudget(at: number, slot: Slot, task: Task, ms = budgetMs, reason = timedOut(budgetMs)): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = setTimeout(() => {
      if (slot.tasks[0] !== task) return;
      end(at, slot);
      settle(task, failed(task.path, 'too-large', reason));
      pump();
    }, ms);
  }

  function start(at: number, task: Task): void {
    const slot = slots[at] ?? spawn(at);
    slot.tasks.push(task);
    slot.worker.ref();
    void slot.ready.then(() => {
      if (slot.ended || !slot.tasks.includes(task)) return;
      if (slot.tasks[0] === task) startBudget(at, slot, task);
      const reading = current?.reading;
      if (reading && slot.readingId !== reading.id) {
        slot.readingId = reading.id;
        slot.worker.postMessage({ type: 'reading', reading } satisfies ToParser);
      }
      const asPolicy = current?.asPolicy;
      if (asPolicy && slot.asPolicyId !== asPolicy.id) {
        slot.asPolicyId = asPolicy.id;
        slot.worker.postMessage({ type: 'policy', request: asPolicy } satisfies ToParser);
      }
      const message: ToParser = {
        type: 'parse',
        id: nextId++,
        path: task.path,
        ...(reading ? { readingId: reading.id } : {}),
        ...(asPolicy ? { asPolicy: asPolicy.id } : {}),
      };
      slot.worker.postMessage(message);
    });
    watchMemory();
  }

  function pump(): void {
    const batch = current;
    if (!batch || batch.stopped) return;
    while (batch.queue.length > 0) {
      const running = busy();
      if (running.some((s) => s.tasks[0].solo)) return;
      const next = batch.queue[0];
      if (next.solo && running.length > 0) return;
      const free = leastBusy();
      if (free < 0) return;
      batch.queue.shift();
      start(free, next);
      if (next.solo) return;
    }
  }

  /** The slot with the fewest files handed to it (an empty one first), or -1 when every worker has its fill. */
  function leastBusy(): number {
    let best = -1;
    slots.forEach((slot, at) => {
      const load = slot?.tasks.length ?? 0;
      if (load < WORKER_DEPTH && (best < 0 || load < (slots[best]?.tasks.length ?? 0))) best = at;
    });
    return best;
  }

  // This thread's own line to a segmenter, opened on first use; it keeps the process alive only while an answer is
  // awaited. A segmenter that ends (it never should) fails what was asked on it; the next request opens a new line.
  let hostLine: { port: MessagePort; waiting: Map<number, { resolve: (terms: string[][]) => void; reject: (error: Error) => void }> } | null = null;
  let nextTerms = 1;
  function openHostLine(): NonNullable<typeof hostLine> {
    const port = segmenters.connect(segmenterCount);
    const line: NonNullable<typeof hostLine> = { port, waiting: new Map() };
    port.on('message', (reply: TermsReply) => {
      const asked = line.waiting.get(reply.id);
      line.waiting.delete(reply.id);
      if (line.waiting.size === 0) port.unref();
      asked?.resolve(unpackTerms(reply.terms));
    });
    port.on('close', () => {
      if (hostLine === line) hostLine = null;
      for (const asked of line.waiting.values()) asked.reject(new Error('the segmenter ended'));
      line.waiting.clear();
    });
    port.unref();
    return line;
  }

  function terms(texts: string[]): Promise<string[][]> {
    if (texts.length === 0) return Promise.resolve([]);
    const line = (hostLine ??= openHostLine());
    const id = nextTerms++;
    return new Promise((resolve, reject) => {
      line.waiting.set(id, { resolve, reject });
      line.port.ref();
      line.port.postMessage({ id, texts } satisfies TermsRequest);
    });
  }

  let nextPolicyRead = 1;
  function readPolicy(doc: StoredText, request: PolicyRequest): Promise<ParsedFile['policy']> {
    // The least busy worker (one started if none is), in turn with the files it has.
    const at = Math.max(0, leastBusy());
    const slot = slots[at] ?? spawn(at);
    const id = nextPolicyRead++;
    return new Promise((resolve, reject) => {
      slot.policyReads.set(id, { resolve, reject });
      slot.worker.ref();
      slot.worker.postMessage({ type: 'read-policy', id, doc, request } satisfies ToParser);
    });
  }

  let sampler: NodeJS.Timeout | null = null;
  function watchMemory(): void {
    if (sampler) return;
    sampler = setInterval(() => {
      const running = busy();
      if (running.length === 0) {
        clearInterval(sampler!);
        sampler = null;
        return;
      }
      if (importBytes() <= memoryCap) return;
      // Which file is to blame cannot be told from here: end them all, and try each again on its own.
      for (const slot of running) {
        const task = end(slots.indexOf(slot), slot)!;
        if (task.solo || task.attempts >= 2) settle(task, failed(task.path, 'too-large', memoryExceeded(memoryCap)));
        else current?.queue.unshift({ ...task, attempts: task.attempts + 1, solo: true });
      }
      pump();
    }, MEMORY_SAMPLE_MS);
    sampler.unref();
  }

  async function parse(
    paths: string[],
    onParsed: (index: number, parsed: ParsedFile) => void,
    signal?: AbortSignal,
    reading?: ReadingRequest,
    onPage?: (index: number, done: number, total: number) => void,
    asPolicy?: PolicyRequest,
  ): Promise<void> {
    const previous = turn;
    let release!: () => void;
    turn = new Promise<void>((r) => (release = r));
    await previous;
    try {
      if (paths.length === 0 || signal?.aborted) return;
      await new Promise<void>((resolve) => {
        const batch: Batch = {
          queue: [],
          results: paths.map(() => undefined),
          delivered: 0,
          onParsed,
          ...(onPage ? { onPage } : {}),
          done: resolve,
          stopped: false,
          ...(reading ? { reading } : {}),
          ...(asPolicy ? { asPolicy } : {}),
        };
        batch.queue = paths.map((path, index) => ({ owner: batch, index, path, attempts: 1, solo: false }));
        current = batch;
        hostBytes = process.memoryUsage.rss();
        signal?.addEventListener(
          'abort',
          () => {
            batch.stopped = true;
            batch.queue.length = 0;
            // The busy workers are ended, a scan's OCR process with its worker; a scan read in a thread (Electron)
            // is left to finish its page, its result dropped.
            slots.forEach((slot, at) => {
              if (slot && slot.tasks.length > 0 && !inThreadOcr(slot)) end(at, slot);
            });
            resolve();
          },
          { once: true },
        );
        pump();
      });
    } finally {
      current = null;
      release();
    }
  }

  return {
    parse,
    terms,
    readPolicy,
    memoryBytes: importBytes,
    async warm() {
      const parsers = slots.map((slot, at) => (slot ?? spawn(at)).ready);
      await Promise.all([...parsers, segment ? segmenters.warm(segmenterCount) : undefined]);
    },
    async close() {
      if (sampler) clearInterval(sampler);
      hostLine?.port.close();
      hostLine = null;
      const ending = slots.map((slot, at) => {
        if (!slot) return undefined;
        slot.ended = true;
        slots[at] = null;
        if (slot.timer) clearTimeout(slot.timer);
        failPolicyReads(slot);
        if (slot.ocr?.pid != null) endProcess(slot.ocr.pid);
        // A scan still being read in a thread (a cancelled one is left to finish its page) is waited for first.
        return (inThreadOcr(slot) && slot.tasks.length > 0 ? settled(slot.worker) : Promise.resolve()).then(() => retire(slot.worker));
      });
      await Promise.all(ending);
    },
  };
}
