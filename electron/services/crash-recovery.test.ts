// Nothing stays unread after a crash: reports imported before the policy, then the policy and a batch, the process
// killed (SIGKILL) in the middle of the batch. On reopening every stored report has its analysis and the matrix
// matches a clean import of the same files.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openWorkspace } from './workspace';

const root = join(__dirname, '..', '..');
const seeds = join(root, 'seeds');
const policy = join(seeds, 'policy-seed.txt');
const reports = readdirSync(join(seeds, 'submissions')).filter((f) => /\.(txt|docx|pdf)$/.test(f)).sort().map((f) => join(seeds, 'submissions', f));
const scratch = mkdtempSync(join(tmpdir(), 'luoshi-crash-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs the child until it hangs mid-batch, then kills it with SIGKILL. */
function importAndKill(file: string, first: string[], batch: string[]): Promise<string> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, '__fixtures__', 'import-then-hang.ts'), file, policy, ...first, '--', ...batch], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      if (out.includes('hanging')) child.kill('SIGKILL');
    });
    child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve(out) : reject(new Error(`child ended without the kill: ${out}${err}`))));
  });
}

const matrix = (ws: ReturnType<typeof openWorkspace>) =>
  ws.compliance('2022-01-31').obligations.map((o) => `${o.measure}/${o.department}/${o.status}/${o.respondedOn ?? ''}`).sort();

describe('a batch killed after the policy arrived', () => {
  it('leaves no report unread on reopening', async () => {
    const file = join(scratch, 'crashed.sqlite');
    const first = reports.slice(0, 10);
    const batch = reports.slice(10);
    const out = await importAndKill(file, first, batch);
    expect(out).toContain('first 10');
    expect(out).not.toContain('finished');

    // What the crash left on disk, read before the workspace service touches it.
    const raw = new Database(file, { readonly: true });
    const stored = raw.prepare("SELECT file_name AS name, analysis IS NULL AS unread FROM documents WHERE role = 'submission'").all() as { name: string; unread: number }[];
    raw.close();
    expect(stored.length).toBeGreaterThan(first.length - 1);
    expect(stored.length).toBeLessThan(first.length + batch.length);
    expect(stored.filter((r) => r.unread)).toEqual([]);

    const ws = openWorkspace(file, { today: () => '2022-03-01' });
    const docs = ws.listDocuments().filter((d) => d.role === 'submission');
    for (const d of docs) expect(ws.getDocument(d.id)!.analysis, d.fileName).not.toBeNull();

    // The same files imported without a crash give the same matrix.
    const clean = openWorkspace(join(scratch, 'clean.sqlite'), { today: () => '2022-03-01' });
    await clean.importFiles([policy], 'policy');
    const names = new Set(docs.map((d) => d.fileName));
    await clean.importFiles(reports.filter((r) => names.has(r.split('/').pop()!)), 'submission');
    expect(matrix(ws)).toEqual(matrix(clean));
    expect(ws.compliance('2022-01-31').obligations.filter((o) => o.status === 'missing').length)
      .toBe(clean.compliance('2022-01-31').obligations.filter((o) => o.status === 'missing').length);
    ws.close();
    clean.close();
  }, 240_000);
});

describe('opening a workspace', () => {
  it('finishes reports stored without an analysis', async () => {
    const file = join(scratch, 'pending.sqlite');
    const ws = openWorkspace(file, { today: () => '2022-03-01' });
    await ws.importFiles([policy, ...reports.slice(0, 4)], 'auto');
    const before = matrix(ws);
    ws.close();
    // As an interrupted run of an earlier version left them.
    const raw = new Database(file);
    raw.prepare("UPDATE documents SET analysis = NULL WHERE role = 'submission'").run();
    raw.close();

    const again = openWorkspace(file, { today: () => '2022-03-01' });
    for (const d of again.listDocuments().filter((x) => x.role === 'submission')) expect(again.getDocument(d.id)!.analysis).not.toBeNull();
    expect(matrix(again)).toEqual(before);
    again.close();
  });

  it('reads who sent a report and when while there is no policy, and places it on none', async () => {
    const file = join(scratch, 'no-policy.sqlite');
    const ws = openWorkspace(file);
    await ws.importFiles(reports.slice(0, 2), 'submission');
    ws.close();
    const again = openWorkspace(file);
    for (const d of again.listDocuments()) {
      expect(d.departments.length).toBeGreaterThan(0);
      expect(d.date).not.toBeNull();
      expect(d.measures).toEqual([]);
      expect(d.policies).toEqual([]);
    }
    again.close();
  });
});
