import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ImportBatchResult, ImportProgress } from '../../shared/views';
import { importSampleSet, sampleSet } from './sample-set';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('sampleSet', () => {
  it('finds the shipped seed policy and every readable sample report', () => {
    const set = sampleSet();
    expect(basename(set.policy)).toMatch(/^policy-seed\.(docx|txt)$/);
    expect(set.reports.length).toBeGreaterThanOrEqual(20);
    expect(set.reports.every((r) => /\.(txt|docx|doc|pdf)$/i.test(r))).toBe(true);
  });

  it('says so in plain words when an installation has no sample set', () => {
    const root = mkdtempSync(join(tmpdir(), 'luoshi-sample-'));
    dirs.push(root);
    expect(() => sampleSet(root)).toThrow('没有附带样例文件');
    writeFileSync(join(root, 'policy-seed.txt'), '政策');
    mkdirSync(join(root, 'submissions'));
    writeFileSync(join(root, 'submissions', 'notes.xlsx'), '');
    expect(() => sampleSet(root)).toThrow('没有附带样例文件');
  });
});

describe('importSampleSet', () => {
  it('imports the policy first, then the reports, counting progress over the whole set', async () => {
    const calls: { paths: string[]; role: string }[] = [];
    const progress: ImportProgress[] = [];
    const importFiles = async (paths: string[], role: 'policy' | 'submission', onProgress?: (p: ImportProgress) => void): Promise<ImportBatchResult> => {
      calls.push({ paths, role });
      paths.forEach((p, i) => onProgress?.({ done: i + 1, total: paths.length, file: p }));
      const failedOne = role === 'submission';
      return {
        results: paths.map((file, i) => ({ file, ok: !(failedOne && i === 0) }) as ImportBatchResult['results'][number]),
        imported: paths.length - (failedOne ? 1 : 0),
        failed: failedOne ? 1 : 0,
      };
    };
    const result = await importSampleSet({ policy: 'p.docx', reports: ['a.txt', 'b.pdf'] }, importFiles, (p) => progress.push(p));
    expect(calls).toEqual([
      { paths: ['p.docx'], role: 'policy' },
      { paths: ['a.txt', 'b.pdf'], role: 'submission' },
    ]);
    expect(progress.map((p) => `${p.done}/${p.total}`)).toEqual(['1/3', '2/3', '3/3']);
    expect(result.imported).toBe(2);
    expect(result.failed).toBe(1);
    expect(result.results.map((r) => r.file)).toEqual(['p.docx', 'a.txt', 'b.pdf']);
  });
});
