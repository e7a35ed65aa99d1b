// Runs OCR in a child process: one process, kept while there is work, reading one scan at a time. The engine
// (onnxruntime) is native code that takes its whole process down when the thread running it is ended mid-page, so
// it never runs in a thread that may be ended: cancelling, a time-out or the end of the thread that asked kills this
// process (a new one starts for the next scan), and nothing else goes with it. In Electron, whose packaged binary
// cannot run as plain Node, OCR runs in a worker thread of the import pool's utility process instead: that process
// is then the boundary, and the pool lets a scan's page finish before it ends the thread that asked.
import { fork } from 'node:child_process';
import type { EventEmitter } from 'node:events';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
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

/** Where OCR runs: its messages and end ('message', 'error', 'exit'), and how to hold, send to and end it. */
interface OcrHost {
  events: EventEmitter;
  /** The process's id; null for a thread. */
  pid: number | null;
  send(request: OcrRequest): void;
  /** Keeps the caller's process alive while a scan is being read. */
  hold(on: boolean): void;
  /** Ends it at once, whatever it is doing; resolves when it is gone. */
  stop(): Promise<unknown>;
}

/**
 * The OCR script: a bundle's own (ocr-worker.cjs beside the Electron main bundle or the command line, ocr-worker.mjs
 * beside the benchmark's) or, running from source, the TypeScript file through tsx (its package entry is the loader).
 */
function script(): { file: string; loader: string | null } {
  for (const name of ['ocr-worker.cjs', 'ocr-worker.mjs']) {
    const bundled = fileURLToPath(new URL(`./${name}`, import.meta.url));
    if (existsSync(bundled)) return { file: bundled, loader: null };
  }
  return { file: fileURLToPath(new URL('./ocr-worker.ts', import.meta.url)), loader: pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href };
}

/** A child process; messages are structured clones, so a scan's bytes go as they are. */
function startProcess(): OcrHost {
  const { file, loader } = script();
  const child = fork(file, [], { serialization: 'advanced', stdio: ['ignore', 'ignore', 'ignore', 'ipc'], execArgv: loader ? ['--import', loader] : [] });
  const channel = () => child.channel as { ref(): void; unref(): void } | null | undefined;
  return {
    events: child,
    pid: child.pid ?? null,
    send: (request) => child.send(request, (err) => err && child.emit('error', err)),
    hold(on) {
      if (on) {
        child.ref();
        channel()?.ref();
      } else {
        child.unref();
        channel()?.unref();
      }
    },
    stop() {
      if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
      return new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGKILL');
      });
    },
  };
}

/** A worker thread (Electron). Node reads a worker's entry before any --import hook, so a small script registers tsx first. */
function startThread(): OcrHost {
  const { file, loader } = script();
  const worker = loader
    ? new Worker(`import(${JSON.stringify(loader.replace(/loader\.mjs$/, 'esm/api/index.mjs'))}).then((api) => { api.register(); return import(${JSON.stringify(pathToFileURL(file).href)}); });`, { eval: true })
    : new Worker(file);
  return {
    events: worker,
    pid: null,
    send: (request) => {
      const copy = new Uint8Array(request.bytes);
      worker.postMessage({ ...request, bytes: copy }, [copy.buffer]);
    },
    hold: (on) => (on ? worker.ref() : worker.unref()),
    stop: () => worker.terminate(),
  };
}

let host: OcrHost | null = null;
let nextId = 1;
let queue: Promise<unknown> = Promise.resolve();

function stopHost(): Promise<unknown> {
  const h = host;
  host = null;
  return h ? h.stop() : Promise.resolve();
}

/** The OCR process's id while one runs (so the thread's owner can end it should the thread itself be stuck). */
export function ocrProcessId(): number | null {
  return host?.pid ?? null;
}

function runOne(kind: ScanKind, bytes: Uint8Array, options: OcrOptions): Promise<Extracted> {
  return new Promise<Extracted>((resolve, reject) => {
    if (options.signal?.aborted) {
      reject(new ImportProblem('ocr-cancelled', CANCELLED));
      return;
    }
    host ??= process.versions.electron ? startThread() : startProcess();
    const h = host;
    const c = h.events;
    h.hold(true);
    const id = nextId++;
    const finish = () => {
      c.off('message', onMessage);
      c.off('error', onError);
      c.off('exit', onExit);
      options.signal?.removeEventListener('abort', onAbort);
      h.hold(false);
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
      if (host === h) void stopHost();
      reject(new ImportProblem('no-text', FAILED));
    };
    const onExit = () => {
      finish();
      if (host === h) host = null;
      reject(new ImportProblem(options.signal?.aborted ? 'ocr-cancelled' : 'no-text', options.signal?.aborted ? CANCELLED : FAILED));
    };
    const onAbort = () => {
      finish();
      if (host === h) void stopHost();
      reject(new ImportProblem('ocr-cancelled', CANCELLED));
    };
    c.on('message', onMessage);
    c.on('error', onError);
    c.on('exit', onExit);
    options.signal?.addEventListener('abort', onAbort, { once: true });
    h.send({ id, kind, bytes });
  });
}

/** Reads a scan by OCR in the OCR process; scans queue behind each other. */
export function ocrInWorker(kind: ScanKind, bytes: Uint8Array, options: OcrOptions = {}): Promise<Extracted> {
  const result = queue.then(() => runOne(kind, bytes, options));
  queue = result.catch(() => undefined);
  return result;
}

/** Ends the OCR process (on shutdown; the next scan starts a new one). */
export function stopOcr(): Promise<unknown> {
  return stopHost();
}
