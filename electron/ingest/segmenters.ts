// The segmenter threads, one set per process: jieba's dictionary (about 250 MB a thread) is not given back when a
// thread ends, so segmenters are started once and kept for the life of the process (idle ones do not keep it
// alive). Parse workers ask them for terms directly, each on a line (a message port) of its own.
import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';
import type { FromSegmenter, ToSegmenter } from './protocol';

export interface Segmenters {
  /** A line to the least used of the first `threads` segmenters, for a parse worker to ask on. */
  connect(threads: number): MessagePort;
  /** Starts the first `threads` segmenters (jieba takes seconds to load); resolves when they are ready. */
  warm(threads: number): Promise<void>;
}

interface Thread {
  worker: Worker;
  ready: Promise<void>;
  /** Lines given out (a parse worker replaced counts again: a guide for spreading them, nothing more). */
  lines: number;
}

let shared: { size: number; service: Segmenters } | null = null;

/** The process's segmenters; the first call decides how many (later calls may only ask for as many or fewer). */
export function sharedSegmenters(size: number, script: { file: string; workerData?: unknown }): Segmenters {
  if (shared && shared.size >= size) return shared.service;
  const service = createSegmenters(size, script);
  shared = { size, service };
  return service;
}

function createSegmenters(size: number, script: { file: string; workerData?: unknown }): Segmenters {
  const threads: (Thread | null)[] = Array.from({ length: size }, () => null);

  function spawn(at: number): Thread {
    const worker = new Worker(script.file, { workerData: script.workerData, stdout: false, stderr: false });
    let ready!: () => void;
    const thread: Thread = { worker, ready: new Promise<void>((r) => (ready = r)), lines: 0 };
    // Starting up keeps the process alive (someone may be waiting on it); then a parse worker waiting on it does.
    worker.on('message', (message: FromSegmenter) => {
      if (message.type !== 'ready') return;
      ready();
      worker.unref();
    });
    const fail = () => {
      ready();
      if (threads[at] === thread) threads[at] = null;
    };
    worker.on('error', fail);
    worker.on('exit', fail);
    threads[at] = thread;
    return thread;
  }

  return {
    connect(limit) {
      let at = 0;
      for (let k = 1; k < Math.min(size, limit); k += 1) if ((threads[k]?.lines ?? 0) < (threads[at]?.lines ?? 0)) at = k;
      const thread = threads[at] ?? spawn(at);
      thread.lines += 1;
      const { port1, port2 } = new MessageChannel();
      thread.worker.postMessage({ type: 'port', port: port2 } satisfies ToSegmenter, [port2]);
      return port1;
    },
    async warm(limit) {
      await Promise.all(threads.slice(0, limit).map((t, at) => (t ?? spawn(at)).ready));
    },
  };
}
