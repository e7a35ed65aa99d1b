// Uploads in browser mode do not pile up: removed once imported, and after a crash removed at the next start.
// The server runs as a child process (the real `npm run web` entry, real workspace) and is killed with SIGKILL.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportServer } from './server';
import { defaultScratchRoot, sweepScratch } from './scratch';

const root = join(__dirname, '..', '..');
const scratch = mkdtempSync(join(tmpdir(), 'luoshi-uploads-'));
const children: ChildProcess[] = [];
afterAll(() => {
  for (const c of children) c.kill('SIGKILL');
  rmSync(scratch, { recursive: true, force: true });
});

interface Running {
  child: ChildProcess;
  origin: string;
  token: string;
}

/** Starts `electron/server/cli.ts` with its temp folder and data folder inside the test's scratch. */
function startServer(env: Record<string, string>): Promise<Running> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'electron', 'server', 'cli.ts'), '--no-open', '--port', '0'], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString('utf8');
      const m = /(http:\/\/127\.0\.0\.1:\d+\/)#token=([A-Za-z0-9_-]+)/.exec(out);
      if (m) resolve({ child, origin: m[1], token: m[2] });
    });
    child.stderr!.on('data', (c: Buffer) => (err += c.toString('utf8')));
    child.on('exit', (code) => reject(new Error(`server exited (${code}): ${err}`)));
  });
}

async function api(s: Running, path: string, body: string | Uint8Array<ArrayBuffer>, headers: Record<string, string> = {}) {
  const res = await fetch(new URL(path, s.origin), { method: 'POST', headers: { 'X-Luoshi-Token': s.token, ...headers }, body });
  return (await res.json()) as { ok: boolean; value?: any; error?: { message: string } };
}

const upload = (s: Running, name: string, text: string) =>
  api(s, 'api/upload', new TextEncoder().encode(text), { 'Content-Type': 'application/octet-stream', 'X-File-Name': encodeURIComponent(name) });

const REPORT = '区民政局关于落实情况的报告\n一、工作进展\n' + '已按要求完成养老服务设施建设任务，资金拨付到位。\n'.repeat(5);

/** Every file under a folder, relative to it. */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)));
}

describe('browser-mode uploads', () => {
  const tmp = join(scratch, 'tmp');
  const dataDir = join(scratch, 'data');
  mkdirSync(tmp);
  const env = { TMPDIR: tmp, TEMP: tmp, TMP: tmp, LUOSHI_DATA_DIR: dataDir };

  it('are gone after import and, after a crash, after the restart', async () => {
    const first = await startServer(env);
    const imported = await upload(first, '区民政局报告.txt', REPORT);
    const left = await upload(first, '区财政局报告.txt', REPORT.replace(/区民政局/g, '区财政局'));
    expect(imported.ok && left.ok).toBe(true);
    expect(existsSync(imported.value.path) && existsSync(left.value.path)).toBe(true);
    expect(imported.value.path.startsWith(tmp)).toBe(true);

    let job = (await api(first, 'api/documents/import', JSON.stringify({ paths: [imported.value.path], role: 'submission' }), { 'Content-Type': 'application/json' })).value;
    while (!job.finished) {
      await new Promise((r) => setTimeout(r, 100));
      job = (await api(first, 'api/documents/import-status', JSON.stringify({ jobId: job.id }), { 'Content-Type': 'application/json' })).value;
    }
    expect(job.result.results[0]).toMatchObject({ file: '区民政局报告.txt', ok: true });
    expect(existsSync(imported.value.path)).toBe(false);
    expect(existsSync(left.value.path)).toBe(true);

    // A crash: no chance to clean up.
    first.child.kill('SIGKILL');
    await new Promise((r) => first.child.once('exit', r));
    expect(existsSync(left.value.path)).toBe(true);

    const second = await startServer(env);
    expect(existsSync(left.value.path)).toBe(false);
    const own = await upload(second, '区司法局报告.txt', REPORT);
    // Only browser mode's own root is looked at: the temp folder also holds other programs' files.
    const web = join(tmp, readdirSync(tmp).find((n) => n.startsWith('luoshi-web-'))!);
    expect(filesUnder(web)).toEqual([relative(web, own.value.path)]);
    second.child.kill('SIGTERM');
    await new Promise((r) => second.child.once('exit', r));
    expect(filesUnder(web)).toEqual([]);
  }, 120_000);

  it('removes a refused upload, partial file and folder', async () => {
    const scratchRoot = join(scratch, 'refused');
    const server = await exportServer({ dataDir: join(scratch, 'refused-data'), scratchRoot, staticDir: scratch });
    try {
      const res = await fetch(new URL('api/upload', server.origin), {
        method: 'POST',
        headers: { 'X-Luoshi-Token': server.token, 'X-File-Name': 'big.txt', 'Content-Length': String(300 * 1024 * 1024) },
        body: 'x',
      }).catch(() => null);
      expect(res === null || res.status >= 400).toBe(true);
      expect(filesUnder(scratchRoot)).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it('sweeps only folders of runs that have ended', () => {
    const dir = join(scratch, 'sweep');
    mkdirSync(join(dir, `${process.pid}-live`), { recursive: true });
    mkdirSync(join(dir, '999999999-dead'), { recursive: true });
    mkdirSync(join(dir, 'not-a-run'), { recursive: true });
    expect(sweepScratch(dir)).toEqual(['999999999-dead']);
    expect(readdirSync(dir).sort()).toEqual([`${process.pid}-live`, 'not-a-run']);
  });

  it('keeps each user’s scratch root apart', () => {
    expect(defaultScratchRoot()).toMatch(/luoshi-web-[A-Za-z0-9_-]+$/);
  });
});
