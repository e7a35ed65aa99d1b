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

export interface KeyRow {
  measure: number;
  department: string;
  role: string;
  due: string;
  dueSource: string;
  status: string;
  respondedOn: string | null;
  respondedIn?: string | null;
  periods?: { due: string; status: string; respondedOn: string | null }[];
}

export interface FullKey extends SampleKey {
  title: string;
  issuedOn: string;
  reportDeadline: string;
  measures: Record<string, unknown>;
  asOf: Record<string, KeyRow[]>;
  notes: Record<string, { offDuty: unknown[]; unobliged: unknown[]; beforeIssue: unknown[] }>;
}

const line = (o: Pick<KeyRow, 'measure' | 'department' | 'role' | 'due' | 'dueSource' | 'status' | 'respondedOn' | 'periods'>) =>
  `${o.measure} ${o.department} ${o.role} due ${o.due} (${o.dueSource}) ${o.status} ${o.respondedOn ?? '-'}` +
  (o.periods ? ' | ' + o.periods.map((p) => `${p.due} ${p.status} ${p.respondedOn ?? '-'}`).join('; ') : '');

/** The policy, every report, every obligation (with periods and the first response cited) and the notes, as the key says. */
export function checkSetAgainstKey(key: FullKey, workspace: () => SampleWorkspace, folder: string): void {
  it('reads the policy the key was worked out from', () => {
    const policy = workspace().getPolicy()!.extract;
    expect(policy.title).toBe(key.title);
    expect(policy.issuedOn).toBe(key.issuedOn);
    expect(policy.measures.map((m) => m.number)).toEqual(Object.keys(key.measures).map(Number));
  });

  it('has a key entry for every report in the folder', () => {
    expect(readdirSync(folder).sort()).toEqual(Object.keys(key.submissions).sort());
  });

  checkReportsAgainstKey(key, workspace);

  it.each(Object.keys(key.asOf))('gives every obligation its expected status, due date and periods as of %s', (asOf) => {
    const result = workspace().compliance(asOf);
    expect(result.reportDeadline).toBe(key.reportDeadline);
    expect(result.obligations.map(line).sort()).toEqual(key.asOf[asOf].map(line).sort());
  });

  it.each(Object.keys(key.asOf))('cites the first response as evidence as of %s', (asOf) => {
    const result = workspace().compliance(asOf);
    for (const row of key.asOf[asOf]) {
      const o = result.obligations.find((x) => x.measure === row.measure && x.department === row.department)!;
      if (row.respondedIn && !row.periods) expect(o.evidence[0]?.file, `${row.measure} ${row.department}`).toBe(row.respondedIn);
    }
  });

  it.each(Object.keys(key.notes))('notes off-duty answers, departments without obligations and deadlines before issue as of %s', (asOf) => {
    const notes = workspace().compliance(asOf).notes;
    const expected = key.notes[asOf];
    const pick = (xs: unknown[]) => xs.map((x) => JSON.stringify(x)).sort();
    expect(pick(notes.offDuty)).toEqual(pick(expected.offDuty));
    expect(pick(notes.unobliged)).toEqual(pick(expected.unobliged));
    expect(pick(notes.beforeIssue)).toEqual(pick(expected.beforeIssue));
  });
}
