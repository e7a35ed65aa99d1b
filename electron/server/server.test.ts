import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFakeWorkspace, type FakeWorkspace } from '../api/__fixtures__/fake-workspace';
import { exportServer, type RunningServer } from './server';

let server: RunningServer;
let dataDir: string;
let opened: FakeWorkspace[];
const TOKEN = 'test-token-0123456789';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

// Raw requests so the Host header can be forged, which fetch() would refuse to do.
function send(path: string, init: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: server.port, path, method: init.method ?? 'GET', headers: init.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      },
    );
    req.on('error', reject);
    if (init.body !== undefined) req.write(init.body);
    req.end();
  });
}

function call(channel: string, input: unknown, headers: Record<string, string> = { 'X-Luoshi-Token': TOKEN }) {
  return send(`/api/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(input),
  }).then((r) => ({ ...r, json: JSON.parse(r.body.toString('utf8')) }));
}

beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'luoshi-server-'));
  const staticDir = join(dataDir, 'static');
  mkdirSync(join(staticDir, 'assets'), { recursive: true });
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>洛</title>');
  writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(dataDir, 'secret.txt'), 'secret');
  opened = [];
  server = await exportServer({
    dataDir,
    staticDir,
    token: TOKEN,
    openWorkspace: (p) => {
      const ws = createFakeWorkspace(p);
      opened.push(ws);
      return ws;
    },
  });
});

afterEach(async () => {
  await server.close();
});

describe('browser-mode server', () => {
  it('listens on loopback and prints a page URL carrying the token in the fragment', () => {
    expect(server.origin).toBe(`http://127.0.0.1:${server.port}/`);
    expect(server.pageUrl).toBe(`${server.origin}#token=${TOKEN}`);
    expect(server.workspacePath()).toBe(join(dataDir, 'workspace.sqlite'));
    expect(JSON.parse(readFileSync(join(dataDir, 'settings.json'), 'utf8'))).toEqual({
      lastWorkspace: join(dataDir, 'workspace.sqlite'),
    });
  });

  it('answers a call with the right token', async () => {
    const r = await call('workspace/info', {});
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ ok: true, value: { path: join(dataDir, 'workspace.sqlite') } });
  });

  it('refuses a missing or wrong token', async () => {
    const none = await call('workspace/info', {}, {});
    expect(none.status).toBe(401);
    expect(none.json).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    const wrong = await call('workspace/info', {}, { 'X-Luoshi-Token': 'test-token-0123456780' });
    expect(wrong.status).toBe(401);
    expect(opened[0].calls).toEqual([]);
  });

  it('refuses a foreign Host header, for pages and API alike', async () => {
    const page = await send('/', { headers: { Host: `evil.example:${server.port}` } });
    expect(page.status).toBe(421);
    const api = await call('workspace/info', {}, { 'X-Luoshi-Token': TOKEN, Host: 'evil.example' });
    expect(api.status).toBe(421);
    const ok = await send('/', { headers: { Host: `localhost:${server.port}` } });
    expect(ok.status).toBe(200);
  });

  it('refuses a cross-site Origin even with the token', async () => {
    const r = await call('workspace/info', {}, { 'X-Luoshi-Token': TOKEN, Origin: 'http://evil.example' });
    expect(r.status).toBe(403);
  });

  it('serves the renderer with headers that forbid framing', async () => {
    const r = await send('/');
    expect(r.status).toBe(200);
    expect(r.body.toString()).toContain('<title>洛</title>');
    expect(r.headers['x-frame-options']).toBe('DENY');
    expect(r.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    const js = await send('/assets/app.js');
    expect(js.headers['content-type']).toMatch(/javascript/);
  });

  it('never serves a file outside the renderer folder', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt']) {
      const r = await send(path);
      expect(r.status, path).toBe(404);
      expect(r.body.toString()).not.toContain('secret');
    }
  });

  it('reports bad input and unknown channels as values', async () => {
    const bad = await call('documents/get', { id: -1 });
    expect(bad.json).toMatchObject({ ok: false, error: { code: 'bad-input' } });
    const unknown = await call('system/shutdown', {});
    expect(unknown.status).toBe(404);
    const notJson = await send('/api/workspace/info', { method: 'POST', headers: { 'X-Luoshi-Token': TOKEN }, body: '{oops' });
    expect(JSON.parse(notJson.body.toString())).toMatchObject({ ok: false, error: { code: 'bad-input' } });
  });

  it('imports an uploaded file under its own name', async () => {
    const up = await send('/api/upload', {
      method: 'POST',
      headers: { 'X-Luoshi-Token': TOKEN, 'X-File-Name': encodeURIComponent('../区民政局报告.txt') },
      body: Buffer.from('报告正文'),
    });
    const path = JSON.parse(up.body.toString()).value.path as string;
    expect(path.endsWith('/区民政局报告.txt')).toBe(true);
    expect(readFileSync(path, 'utf8')).toBe('报告正文');
    const job = await call('documents/import', { paths: [path], role: 'submission' });
    expect(job.json.ok).toBe(true);
    let state = job.json.value;
    while (!state.finished) state = (await call('documents/import-status', { jobId: state.id })).json.value;
    expect(state.result.results[0]).toMatchObject({ file: '区民政局报告.txt', ok: true });
  });

  it('refuses an upload without the token', async () => {
    const up = await send('/api/upload', { method: 'POST', headers: { 'X-File-Name': 'a.txt' }, body: 'x' });
    expect(up.status).toBe(401);
  });

  it('hands an export back as a download with its Chinese name', async () => {
    const r = await call('export/report', { asOf: '2021-12-01' });
    expect(r.json.ok).toBe(true);
    const file = r.json.value.files[0];
    expect(file.name).toBe('督查报告-2021-12-01.docx');
    const noToken = await send(`/api/download/${file.downloadId}`);
    expect(noToken.status).toBe(401);
    const dl = await send(`/api/download/${file.downloadId}`, { headers: { 'X-Luoshi-Token': TOKEN } });
    expect(dl.status).toBe(200);
    expect(dl.body.toString()).toBe('report');
    expect(dl.headers['content-disposition']).toContain(encodeURIComponent('督查报告-2021-12-01.docx'));
  });
});
