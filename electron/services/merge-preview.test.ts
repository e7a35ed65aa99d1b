// The merge preview on a real workspace: it tells what the merge will do, and changes nothing until it is made.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorkspace } from './workspace';

const seeds = join(__dirname, '..', '..', 'seeds');
const AS_OF = '2022-01-31';
let dir: string;
let ws: ReturnType<typeof openWorkspace>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'luoshi-merge-'));
  ws = openWorkspace(join(dir, 'workspace.sqlite'));
  await ws.importFiles([join(seeds, 'policy-seed.txt')], 'policy');
  const reports = readdirSync(join(seeds, 'submissions')).filter((f) => /\.(txt|docx|pdf)$/.test(f));
  await ws.importFiles(reports.map((f) => join(seeds, 'submissions', f)), 'submission');
}, 120_000);
afterAll(() => {
  ws.close();
  rmSync(dir, { recursive: true, force: true });
});

const state = () =>
  JSON.stringify({
    departments: ws.departments(),
    matrix: ws.compliance(AS_OF).obligations.map((o) => [o.measure, o.department, o.status]),
    journal: ws.call('journal/list', undefined).map((e) => e.id),
  });

describe('merge preview', () => {
  it('says what merging two departments will change, changes nothing, and the merge then does what it said', () => {
    const busy = ws.departments().filter((d) => !d.generic && d.obligations > 0);
    const [keep, fold] = busy;
    const before = state();

    const preview = ws.call('departments/merge-preview', { names: [keep.canonical, fold.canonical], into: keep.canonical, asOf: AS_OF });
    expect(state()).toBe(before);
    expect(preview.merged.map((m) => m.name).sort()).toEqual([keep.canonical, fold.canonical].sort());
    expect(preview.merged.find((m) => m.name === fold.canonical)).toMatchObject({ obligations: fold.obligations, submissions: fold.submissions });
    expect(preview.after.aliases).toContain(fold.canonical);
    const foldMeasures = ws.compliance(AS_OF).obligations.filter((o) => o.department === fold.canonical).map((o) => o.measure);
    expect(preview.measures.map((m) => m.measure)).toEqual(expect.arrayContaining(foldMeasures));
    expect(preview.measures.every((m) => m.before.length > 0 || m.after !== null)).toBe(true);

    ws.mergeDepartments([keep.canonical, fold.canonical], keep.canonical);
    const merged = ws.departments().find((d) => d.canonical === keep.canonical)!;
    expect(preview.after).toEqual({ obligations: merged.obligations, submissions: merged.submissions, aliases: merged.aliases });
    const statuses = new Map(ws.compliance(AS_OF).obligations.filter((o) => o.department === keep.canonical).map((o) => [o.measure, o.status]));
    for (const m of preview.measures) expect(m.after).toBe(statuses.get(m.measure) ?? null);
  });
});
