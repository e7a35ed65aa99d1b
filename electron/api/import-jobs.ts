// Imports run in the background; the renderer polls their progress so the window never waits on a long batch.
import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import type { ImportJob } from '../../shared/api/contract';
import type { ImportBatchResult, ImportProgress } from '../../shared/views';
import { toApiError } from './errors';

export interface ImportJobs {
  start(paths: string[], run: (onProgress: (p: ImportProgress) => void, signal: AbortSignal) => Promise<ImportBatchResult>): ImportJob;
  get(id: string): ImportJob | null;
  /** Asks a running job to stop; gives the job as it is now (null: no such job). */
  cancel(id: string): ImportJob | null;
  /** Resolves when every running job has finished (used on shutdown and in tests). */
  idle(): Promise<void>;
}

const KEEP = 50;

export function createImportJobs(): ImportJobs {
  const jobs = new Map<string, ImportJob>();
  const running = new Set<Promise<void>>();
  const stops = new Map<string, AbortController>();

  return {
    start(paths, run) {
      const job: ImportJob = {
        id: randomUUID(),
        total: paths.length,
        done: 0,
        file: paths.length ? basename(paths[0]) : null,
        finished: false,
        result: null,
        error: null,
        page: null,
        cancelled: false,
      };
      jobs.set(job.id, job);
      const stop = new AbortController();
      stops.set(job.id, stop);
      // Forget the oldest finished jobs so a long-running host does not grow without bound.
      for (const [id, old] of jobs) {
        if (jobs.size <= KEEP) break;
        if (old.finished) jobs.delete(id);
      }
      const task = (async () => {
        try {
          job.result = await run((p) => {
            job.done = p.done;
            job.total = p.total;
            job.file = p.file ? basename(p.file) : job.file;
            job.page = p.page ?? null;
          }, stop.signal);
          job.done = job.total;
        } catch (err) {
          job.error = toApiError(err);
        } finally {
          job.finished = true;
          job.page = null;
          stops.delete(job.id);
        }
      })();
      running.add(task);
      void task.finally(() => running.delete(task));
      return { ...job };
    },
    get(id) {
      const job = jobs.get(id);
      return job ? { ...job } : null;
    },
    cancel(id) {
      const job = jobs.get(id);
      if (!job) return null;
      if (!job.finished) {
        job.cancelled = true;
        stops.get(id)?.abort();
      }
      return { ...job };
    },
    async idle() {
      while (running.size) await Promise.all([...running]);
    },
  };
}
