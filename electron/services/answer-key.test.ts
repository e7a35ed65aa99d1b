// The whole pipeline (importers, jieba, SQLite, extraction, submission reading, compliance) against the
// hand-made answer key of the sample submissions, at both of its as-of dates.
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openWorkspace } from './workspace';

const seeds = join(__dirname, '..', '..', 'seeds');
const key = JSON.parse(readFileSync(join(seeds, 'sample-key', 'answer-key.json'), 'utf8'));
const folder = join(seeds, 'submissions');

describe('sample submissions against the answer key', () => {
  let dir: string;
  let ws: ReturnType<typeof openWorkspace>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'luoshi-key-'));
    ws = openWorkspace(join(dir, 'w.sqlite'), { today: () => key.importDateForUndated });
    const policy = await ws.importFiles([join(seeds, 'policy-seed.txt')], 'policy');
    expect(policy.failed).toBe(0);
    const batch = await ws.importFiles(readdirSync(folder).map((f) => join(folder, f)), 'submission');
    expect(batch.results.filter((r) => !r.ok).map((r) => r.error?.message)).toEqual([]);
  }, 180_000);

  afterAll(() => {
    ws?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const files = Object.keys(key.submissions);

  it.each(files)('reads %s: departments, date and its source', (file) => {
    const expected = key.submissions[file];
    const doc = ws.listDocuments().find((d) => d.fileName === file)!;
    expect(doc).toBeDefined();
    expect([...doc.departments].sort()).toEqual([...expected.departments].sort());
    expect(doc.dateSource).toBe(expected.dateSource);
    expect(doc.date).toBe(expected.date ?? key.importDateForUndated);
  });

  it.each(files)('links %s to the measures it answers', (file) => {
    const expected = key.submissions[file];
    const doc = ws.listDocuments().find((d) => d.fileName === file)!;
    expect([...doc.measures].sort((a, b) => a - b)).toEqual([...expected.measures].sort((a: number, b: number) => a - b));
  });

  it.each(Object.keys(key.asOf))('gives every obligation its expected status as of %s', (asOf) => {
    const result = ws.compliance(asOf);
    const got = result.obligations.map((o) => `${o.measure} ${o.department} ${o.role} due ${o.due} ${o.status} ${o.respondedOn ?? '-'}`);
    const want = (key.asOf[asOf] as any[]).map((o) => `${o.measure} ${o.department} ${o.role} due ${o.due} ${o.status} ${o.respondedOn ?? '-'}`);
    expect(got.sort()).toEqual(want.sort());
  });

  it('reports off-duty answers, departments without obligations and deadlines before issue', () => {
    const notes = ws.compliance('2022-01-31').notes;
    const pick = (xs: any[]) => xs.map((x) => JSON.stringify(x)).sort();
    expect(pick(notes.offDuty)).toEqual(pick(key.notes.offDuty));
    expect(pick(notes.unobliged)).toEqual(pick(key.notes.unobliged));
    expect(pick(notes.beforeIssue)).toEqual(pick(key.notes.beforeIssue));
  });
});
