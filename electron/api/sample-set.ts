// The sample set that ships with the app (the seed policy and its reports), for a first look at an empty workspace.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ImportBatchResult, ImportProgress } from '../../shared/views';
import { seedPath } from '../paths';
import { ApiFailure } from './errors';

export interface SampleSet {
  policy: string;
  reports: string[];
}

const READABLE = /\.(txt|docx|doc|pdf)$/i;

export function sampleSet(root: string = seedPath()): SampleSet {
  const policy = ['policy-seed.docx', 'policy-seed.txt'].map((f) => join(root, f)).find((p) => existsSync(p));
  const dir = join(root, 'submissions');
  const reports = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => READABLE.test(f))
        .sort((a, b) => a.localeCompare(b, 'zh-CN'))
        .map((f) => join(dir, f))
    : [];
  if (!policy || reports.length === 0) throw new ApiFailure('not-found', '这个安装里没有附带样例文件');
  return { policy, reports };
}

type ImportFiles = (
  paths: string[],
  role: 'policy' | 'submission',
  onProgress?: (p: ImportProgress) => void,
) => Promise<ImportBatchResult>;

/** Imports the policy first, then the reports, as one batch with one progress count. */
export async function importSampleSet(set: SampleSet, importFiles: ImportFiles, onProgress: (p: ImportProgress) => void): Promise<ImportBatchResult> {
  const total = 1 + set.reports.length;
  const first = await importFiles([set.policy], 'policy', (p) => onProgress({ ...p, total }));
  const rest = await importFiles(set.reports, 'submission', (p) => onProgress({ ...p, done: 1 + p.done, total }));
  return {
    results: [...first.results, ...rest.results],
    imported: first.imported + rest.imported,
    failed: first.failed + rest.failed,
  };
}
