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
  results: ImportFileResult[];
  error: string | null;
}

export interface Importer {
  state: ImportState;
  busy: boolean;
  importFiles(files: File[], role: ImportRole): Promise<void>;
  /** Electron: the host shows its own open dialog. */
  importViaDialog(role: ImportRole): Promise<void>;
  /** The sample set shipped with the app: the seed policy, then its reports. */
  importSample(): Promise<void>;
}

const IDLE: ImportState = { phase: 'idle', role: 'submission', done: 0, total: 0, file: '', results: [], error: null };
const POLL_MS = 250;

export function useImporter(client: ApiClient, onFinished: (job: ImportJob) => void): Importer {
  const [state, setState] = useState<ImportState>(IDLE);
  const busyRef = useRef(false);
  const finished = useRef(onFinished);
  finished.current = onFinished;

  const fail = (role: ImportRole, message: string) =>
    setState((s) => ({ ...s, role, phase: 'failed', error: message }));

  const follow = useCallback(
    async (first: ImportJob, role: ImportRole) => {
      let job = first;
      while (!job.finished) {
        setState((s) => ({ ...s, phase: 'importing', done: job.done, total: job.total, file: job.file ?? '' }));
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
          results: job.result?.results ?? [],
          error: null,
        });
      finished.current(job);
    },
    [client],
  );

  const run = useCallback(
    async (role: ImportRole, start: () => Promise<ImportJob | null | 'failed'>) => {
      if (busyRef.current) return;
      busyRef.current = true;
      try {
        const job = await start();
        if (job === null) setState((s) => (s.phase === 'uploading' ? IDLE : s));
        else if (job !== 'failed') await follow(job, role);
      } finally {
        busyRef.current = false;
      }
    },
    [follow],
  );

  const importFiles = useCallback(
    (files: File[], role: ImportRole) =>
      run(role, async () => {
        if (files.length === 0) return null;
        setState({ ...IDLE, phase: 'uploading', role, total: files.length, file: files[0].name });
        const paths = await client.filePaths(files, (p) =>
          setState((s) => ({ ...s, done: p.done, total: p.total, file: p.file })),
        );
        if (!paths.ok) {
          fail(role, paths.error.message);
          return 'failed';
        }
        const r = await client.call('documents/import', { paths: paths.value, role });
        if (!r.ok) {
          fail(role, r.error.message);
          return 'failed';
        }
        return r.value;
      }),
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

  return { state, busy: state.phase === 'uploading' || state.phase === 'importing', importFiles, importViaDialog, importSample };
}
