// Runs OCR in a worker thread: one worker, kept while there is work, reading one scan at a time. Cancelling ends
// the worker at once (a new one starts for the next scan), so a long batch can be stopped between pages or mid-page.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ImportErrorCode } from '../../shared/types';
import { ImportProblem, type Extracted } from './extracted';
import type { PageProgress, ScanKind } from './ocr';

export interface OcrRequest {
  id: number;
  kind: ScanKind;
  bytes: Uint8Array;
}

export type OcrResponse =
  | { id: number; type: 'page'; done: number; total: number }
  | { id: number; type: 'done'; extracted: Extracted }
  | { id: number; type: 'problem'; code: ImportErrorCode; reason: string }
  | { id: number; type: 'failed'; message: string };

export interface OcrOptions {
  onPage?: PageProgress;
  signal?: AbortSignal;
}

const CANCELLED = '已取消文字识别（OCR）。';
const FAILED = '文字识别（OCR）时出错，未能读出该扫描件的文字。';

/**
 * The worker script beside this module: a bundle's own (ocr-worker.cjs beside the Electron main bundle,
 * ocr-worker.mjs beside the benchmark's) or, running from source, the TypeScript file through tsx.
 */
function startWorker(): Worker {
  for (const name of ['ocr-worker.cjs', 'ocr-worker.mjs']) {
    const bundled = new URL(`./${name}`, import.meta.url);
    if (existsSync(fileURLToPath(bundled))) return new Worker(bundled);
  }
  // Node reads a worker's entry before any --import hook is in place, so a small script registers tsx first.
  // The ES module build of tsx's API (require.resolve finds its CommonJS twin in the same folder).
  const tsx = pathToFileURL(join(dirname(createRequire(import.meta.url).resolve('tsx/esm/api')), 'index.mjs')).href;
  const entry = new URL('./ocr-worker.ts', import.meta.url).href;
  const boot = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(boot, { eval: true });
}

let worker: Worker | null = null;
let nextId = 1;
let queue: Promise<unknown> = Promise.resolve();

function stopWorker(): Promise<unknown> {
  const w = worker;
  worker = null;
  return w ? w.terminate() : Promise.resolve();
}

function runOne(kind: ScanKind, bytes: Uint8Array, options: OcrOptions): Promise<Extracted> {
  return new Promise<Extracted>((resolve, reject) => {
    if (options.signal?.aborted) {
      reject(new ImportProblem('ocr-cancelled', CANCELLED));
      return;
    }
    worker ??= startWorker();
    const w = worker;
    w.ref();
    const id = nextId++;
    const finish = () => {
      w.off('message', onMessage);
      w.off('error', onError);
      w.off('exit', onExit);
      options.signal?.removeEventListener('abort', onAbort);
      w.unref();
    };
    const onMessage = (message: OcrResponse) => {
      if (message.id !== id) return;
      if (message.type === 'page') {
        try {
          options.onPage?.(message.done, message.total);
        } catch {
          // A failing progress listener must not stop the reading.
        }
        return;
      }
      finish();
      if (message.type === 'done') resolve(message.extracted);
      else if (message.type === 'problem') reject(new ImportProblem(message.code, message.reason));
      else reject(new ImportProblem('no-text', FAILED));
    };
    const onError = () => {
      finish();
      stopWorker();
      reject(new ImportProblem('no-text', FAILED));
    };
    const onExit = () => {
      finish();
      if (worker === w) worker = null;
      reject(new ImportProblem(options.signal?.aborted ? 'ocr-cancelled' : 'no-text', options.signal?.aborted ? CANCELLED : FAILED));
    };
    const onAbort = () => {
      finish();
      stopWorker();
      reject(new ImportProblem('ocr-cancelled', CANCELLED));
    };
    w.on('message', onMessage);
    w.on('error', onError);
    w.on('exit', onExit);
    options.signal?.addEventListener('abort', onAbort, { once: true });
    const copy = new Uint8Array(bytes);
    w.postMessage({ id, kind, bytes: copy } satisfies OcrRequest, [copy.buffer]);
  });
}

/** Reads a scan by OCR off the main thread; scans queue behind each other. */
export function ocrInWorker(kind: ScanKind, bytes: Uint8Array, options: OcrOptions = {}): Promise<Extracted> {
  const result = queue.then(() => runOne(kind, bytes, options));
  queue = result.catch(() => undefined);
  return result;
}

/** Ends the worker (on shutdown; the next scan starts a new one). */
export function stopOcr(): Promise<unknown> {
  return stopWorker();
}
