// The segmenter threads, one set per process: jieba's dictionary (about 250 MB a thread) is not given back when a
// thread ends, so segmenters are started once and kept for the life of the process (idle ones do not keep it alive).
import { Worker } from 'node:worker_threads';
import type { Paragraph, SubmissionAnalysis } from '../../shared/types';
import type { FromSegmenter, ReadingRequest, ToSegmenter } from './protocol';

export interface Segmented {
  terms: string[][];
  analysis?: { readingId: number; value: SubmissionAnalysis };
}

export interface Segmenters {
  /**
   * Index terms of each text, from the least busy of the first `threads` segmenters; with `read`, the document is
   * also read against the policy state given.
   */
  terms(texts: string[], threads: number, read?: { file: string; paragraphs: Paragraph[]; reading: ReadingRequest }): Promise<Segmented>;
  /** Starts the first `threads` segmenters (jieba takes seconds to load); resolves when they are ready. */
  warm(threads: number): Promise<void>;
}

interface Thread {
  worker: Worker;
  ready: Promise<void>;
  pending: Map<number, { resolve: (segmented: Segmented) => void; reject: (err: Error) => void }>;
  /** The policy state this thread holds. */
  readingId: number | null;
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
  let nextId = 1;

  function spawn(at: number): Thread {
    const worker = new Worker(script.file, { workerData: script.workerData, stdout: false, stderr: false });
    let ready!: () => void;
    const thread: Thread = { worker, pending: new Map(), ready: new Promise<void>((r) => (ready = r)), readingId: null };
    worker.on('message', (message: FromSegmenter) => {
      if (message.type === 'ready') {
        ready();
        // Starting up keeps the process alive (someone may be waiting on it); an idle segmenter does not.
        if (thread.pending.size === 0) worker.unref();
      }
      if (message.type !== 'terms') return;
      thread.pending.get(message.id)?.resolve({ terms: message.terms, ...(message.analysis ? { analysis: message.analysis } : {}) });
      thread.pending.delete(message.id);
      if (thread.pending.size === 0) worker.unref();
    });
    const fail = () => {
      ready();
      if (threads[at] === thread) threads[at] = null;
      for (const p of thread.pending.values()) p.reject(new Error('segmenter ended'));
      thread.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', fail);
    threads[at] = thread;
    return thread;
  }

  return {
    terms(texts, limit, read) {
      let at = 0;
      for (let k = 1; k < Math.min(size, limit); k += 1) if ((threads[k]?.pending.size ?? 0) < (threads[at]?.pending.size ?? 0)) at = k;
      const thread = threads[at] ?? spawn(at);
      const id = nextId++;
      if (read && thread.readingId !== read.reading.id) {
        thread.readingId = read.reading.id;
        thread.worker.postMessage({ type: 'reading', reading: read.reading } satisfies ToSegmenter);
      }
      return new Promise((resolve, reject) => {
        thread.pending.set(id, { resolve, reject });
        thread.worker.ref();
        const message: ToSegmenter = {
          type: 'terms',
          id,
          texts,
          ...(read ? { read: { file: read.file, paragraphs: read.paragraphs, readingId: read.reading.id } } : {}),
        };
        thread.worker.postMessage(message);
      });
    },
    async warm(limit) {
      await Promise.all(threads.slice(0, limit).map((t, at) => (t ?? spawn(at)).ready));
    },
  };
}
