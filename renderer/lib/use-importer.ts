// Runs imports in the background and keeps their progress, so the user can keep working while a batch runs.
import { useCallback, useRef, useState } from 'react';
import type { ImportJob } from '../../shared/api/contract';
import type { DocumentRole, ImportFileResult } from '../../shared/views';
import type { ApiClient } from '../api/client';

export type ImportRole = DocumentRole | 'auto';

export interface ImportState {
  phase: 'idle' | 'uploading' | 'importing' | 'done' | 'failed';
  role: ImportRole;
  done: number;
  total: number;
  file: string;
  /** Pages read so far of the scan being read by OCR. */
  page: { done: number; total: number } | null;
  /** The user asked the batch to stop. */
  cancelling: boolean;
  results: ImportFileResult[];
  error: string | null;
  /** The Node-side paths of the batch, in the order of its results, when the renderer knows them. */
  paths: string[];
}

export interface Importer {
  state: ImportState;
  busy: boolean;
  importFiles(files: File[], role: ImportRole): Promise<void>;
  /** Electron: the host shows its own open dialog. */
  importViaDialog(role: ImportRole): Promise<void>;
  /** The sample set shipped with the app: the seed policy, then its reports. */
  importSample(): Promise<void>;
  /** Imports files already on the Node side again, e.g. a refused "policy" as a report. */
  importPaths(paths: string[], role: ImportRole): Promise<void>;
  /** Stops the running batch: the scan being read and the files after it are not imported. */
  cancel(): void;
}

const IDLE: ImportState = { phase: 'idle', role: 'submission', done: 0, total: 0, file: '', page: null, cancelling: false, results: [], error: null, paths: [] };
const POLL_MS = 250;

export function useImporter(client: ApiClient, onFinished: (job: ImportJob) => void): Importer {
  const [state, setState] = useState<ImportState>(IDLE);
  const busyRef = useRef(false);
  const jobRef = useRef<string | null>(null);
  const finished = useRef(onFinished);
  finished.current = onFinished;

  const fail = (role: ImportRole, message: string) =>
    setState((s) => ({ ...s, role, phase: 'failed', error: message }));

  const follow = useCallback(
    async (first: ImportJob, role: ImportRole, paths: string[] = []) => {
      let job = first;
      jobRef.current = job.id;
      while (!job.finished) {
        setState((s) => ({ ...s, phase: 'importing', done: job.done, total: job.total, file: job.file ?? '', page: job.page }));
        await new Promise((r) => setTimeout(r, POLL_MS));
        const r = await client.call('documents/import-status', { jobId: job.id });
        if (!r.ok) return fail(role, r.error.message);
        job = r.value;
      }
      if (job.error) fail(role, job.error.message);
      else
        setState({
          phase: 'done',
          role,
          done: job.total,
          total: job.total,
          file: '',
          page: null,
          cancelling: false,
          results: job.result?.results ?? [],
          error: null,
          paths,
        });
      jobRef.current = null;
      finished.current(job);
    },
    [client],
  );

  const run = useCallback(
    async (role: ImportRole, start: () => Promise<ImportJob | null | 'failed'>, paths: () => string[] = () => []) => {
      if (busyRef.current) return;
      busyRef.current = true;
      try {
        const job = await start();
        if (job === null) setState((s) => (s.phase === 'uploading' ? IDLE : s));
        else if (job !== 'failed') await follow(job, role, paths());
      } finally {
        busyRef.current = false;
      }
    },
    [follow],
  );

  const importFiles = useCallback(
    (files: File[], role: ImportRole) => {
      let uploaded: string[] = [];
      return run(
        role,
        async () => {
        if (files.length === 0) return null;
        setState({ ...IDLE, phase: 'uploading', role, total: files.length, file: files[0].name });
        const paths = await client.filePaths(files, (p) =>
          setState((s) => ({ ...s, done: p.done, total: p.total, file: p.file })),
        );
        if (!paths.ok) {
          fail(role, paths.error.message);
          return 'failed';
        }
        uploaded = paths.value;
        const r = await client.call('documents/import', { paths: paths.value, role });
        if (!r.ok) {
          fail(role, r.error.message);
          return 'failed';
        }
        return r.value;
        },
        () => uploaded,
      );
    },
    [client, run],
  );

  const importPaths = useCallback(
    (paths: string[], role: ImportRole) =>
      run(
        role,
        async () => {
          const r = await client.call('documents/import', { paths, role });
          if (!r.ok) {
            fail(role, r.error.message);
            return 'failed';
          }
          return r.value;
        },
        () => paths,
      ),
    [client, run],
  );

  const importViaDialog = useCallback(
    (role: ImportRole) =>
      run(role, async () => {
        const r = await client.call('documents/import', { role });
        if (!r.ok) {
          fail(role, r.error.message);
          return 'failed';
        }
        return r.value;
      }),
    [client, run],
  );

  const importSample = useCallback(
    () =>
      run('auto', async () => {
        const r = await client.call('documents/import-sample', {});
        if (!r.ok) {
          fail('auto', r.error.message);
          return 'failed';
        }
        return r.value;
      }),
    [client, run],
  );

  const cancel = useCallback(() => {
    const id = jobRef.current;
    if (!id) return;
    setState((s) => ({ ...s, cancelling: true }));
    void client.call('documents/import-cancel', { jobId: id });
  }, [client]);

  return { state, busy: state.phase === 'uploading' || state.phase === 'importing', importFiles, importViaDialog, importSample, importPaths, cancel };
}
