// Runs OCR in a child process: one process, kept while there is work, reading one scan at a time. The engine
// (onnxruntime) is native code that takes its whole process down when the thread running it is ended mid-page, so
// it never runs in a thread that may be ended: cancelling, a time-out or the end of the thread that asked kills this
// process (a new one starts for the next scan), and nothing else goes with it.
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
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
 * The OCR process: a bundle's own script (ocr-worker.cjs beside the Electron main bundle or the command line,
 * ocr-worker.mjs beside the benchmark's) or, running from source, the TypeScript file through tsx. Electron's own
 * binary runs it as plain Node. Messages are structured clones, so a scan's bytes go as they are.
 */
function startProcess(): ChildProcess {
  const env = process.versions.electron ? { ...process.env, ELECTRON_RUN_AS_NODE: '1' } : process.env;
  const options = { serialization: 'advanced' as const, stdio: ['ignore', 'ignore', 'ignore', 'ipc'] as ('ignore' | 'ipc')[], env };
  for (const name of ['ocr-worker.cjs', 'ocr-worker.mjs']) {
    const bundled = fileURLToPath(new URL(`./${name}`, import.meta.url));
    if (existsSync(bundled)) return fork(bundled, [], { ...options, execArgv: [] });
  }
  // tsx's loader, registered before the entry is read (its package entry is the loader).
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  return fork(fileURLToPath(new URL('./ocr-worker.ts', import.meta.url)), [], { ...options, execArgv: ['--import', tsx] });
}

let child: ChildProcess | null = null;
let nextId = 1;
let queue: Promise<unknown> = Promise.resolve();

/** Ends the OCR process at once, whatever it is doing; resolves when it is gone. */
function stopProcess(): Promise<unknown> {
  const c = child;
  child = null;
  if (!c || c.exitCode !== null || c.signalCode !== null) return Promise.resolve();
  return new Promise<void>((resolve) => {
    c.once('exit', () => resolve());
    c.kill('SIGKILL');
  });
}

/** The OCR process's id while one runs (so the thread's owner can end it should the thread itself be stuck). */
export function ocrProcessId(): number | null {
  return child?.pid ?? null;
}

const keepAlive = (c: ChildProcess, on: boolean) => {
  const channel = c.channel as { ref(): void; unref(): void } | null | undefined;
  if (on) {
    c.ref();
    channel?.ref();
  } else {
    c.unref();
    channel?.unref();
  }
};

function runOne(kind: ScanKind, bytes: Uint8Array, options: OcrOptions): Promise<Extracted> {
  return new Promise<Extracted>((resolve, reject) => {
    if (options.signal?.aborted) {
      reject(new ImportProblem('ocr-cancelled', CANCELLED));
      return;
    }
    child ??= startProcess();
    const c = child;
    keepAlive(c, true);
    const id = nextId++;
    const finish = () => {
      c.off('message', onMessage);
      c.off('error', onError);
      c.off('exit', onExit);
      options.signal?.removeEventListener('abort', onAbort);
      keepAlive(c, false);
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
      if (child === c) void stopProcess();
      reject(new ImportProblem('no-text', FAILED));
    };
    const onExit = () => {
      finish();
      if (child === c) child = null;
      reject(new ImportProblem(options.signal?.aborted ? 'ocr-cancelled' : 'no-text', options.signal?.aborted ? CANCELLED : FAILED));
    };
    const onAbort = () => {
      finish();
      if (child === c) void stopProcess();
      reject(new ImportProblem('ocr-cancelled', CANCELLED));
    };
    c.on('message', onMessage);
    c.on('error', onError);
    c.on('exit', onExit);
    options.signal?.addEventListener('abort', onAbort, { once: true });
    c.send({ id, kind, bytes } satisfies OcrRequest, (err) => {
      if (err) onError();
    });
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
  return stopProcess();
}
