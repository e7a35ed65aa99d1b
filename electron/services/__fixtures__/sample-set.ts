// A sample set (a policy, a folder of reports, a hand-made key) loaded through the real pipeline once per file.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openWorkspace } from '../workspace';

export type SampleWorkspace = ReturnType<typeof openWorkspace>;

export interface SampleKey {
  importDateForUndated: string;
  submissions: Record<string, { departments: string[]; date: string | null; dateSource: string; measures: number[] }>;
}

/** Registers set-up and tear-down; the returned function gives the loaded workspace inside tests. */
export function useSampleWorkspace(policyFile: string, folder: string, importDate: string): () => SampleWorkspace {
  let dir: string;
  let ws: SampleWorkspace;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'luoshi-sample-'));
    ws = openWorkspace(join(dir, 'w.sqlite'), { today: () => importDate });
    const policy = await ws.importFiles([policyFile], 'policy');
    expect(policy.failed).toBe(0);
    const batch = await ws.importFiles(readdirSync(folder).map((f) => join(folder, f)), 'submission');
    expect(batch.results.filter((r) => !r.ok).map((r) => r.error?.message)).toEqual([]);
  }, 180_000);
  afterAll(() => {
    ws?.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return () => ws;
}

/** Each report's departments, date, date source and the measures it answers, as the key says. */
export function checkReportsAgainstKey(key: SampleKey, workspace: () => SampleWorkspace): void {
  const files = Object.keys(key.submissions);
  const doc = (file: string) => workspace().listDocuments().find((d) => d.fileName === file)!;

  it.each(files)('reads %s: departments, date and its source', (file) => {
    const expected = key.submissions[file];
    expect(doc(file)).toBeDefined();
    expect([...doc(file).departments].sort()).toEqual([...expected.departments].sort());
    expect(doc(file).dateSource).toBe(expected.dateSource);
    expect(doc(file).date).toBe(expected.date ?? key.importDateForUndated);
  });

  it.each(files)('links %s to the measures it answers', (file) => {
    const expected = key.submissions[file];
    expect([...doc(file).measures].sort((a, b) => a - b)).toEqual([...expected.measures].sort((a, b) => a - b));
  });
}
