// Browser mode must only answer its own page: the per-run token, the Host header, no framing by other sites.
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from './fixtures';

function rawGet(port: number, path: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET', headers }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

test('the API refuses a missing or wrong token', async ({ server, request: http }) => {
  const url = `${server.origin}api/workspace/info`;
  const none = await http.post(url, { data: {} });
  expect(none.status()).toBe(401);
  expect(await none.json()).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  const wrong = await http.post(url, { data: {}, headers: { 'X-Luoshi-Token': `${server.token}x` } });
  expect(wrong.status()).toBe(401);
  const right = await http.post(url, { data: {}, headers: { 'X-Luoshi-Token': server.token } });
  expect(right.status()).toBe(200);
  expect((await right.json()).ok).toBe(true);
});

test('a foreign Host header is refused (DNS rebinding)', async ({ server }) => {
  expect(await rawGet(server.port, '/', { Host: `attacker.example:${server.port}` })).toBe(421);
  expect(await rawGet(server.port, '/api/workspace/info', { Host: 'attacker.example', 'X-Luoshi-Token': server.token })).toBe(421);
  expect(await rawGet(server.port, '/', { Host: `localhost:${server.port}` })).toBe(200);
});

test('the page takes the token out of the address bar and works without it in the URL', async ({ app: page, server }) => {
  expect(page.url()).toBe(server.origin);
  await page.reload();
  await expect(page.getByTestId('workspace-name')).toHaveText('工作区');
});

test('a page opened without the token says how to get in', async ({ page, server }) => {
  await page.goto(server.origin);
  await expect(page.getByRole('alert')).toContainText('访问令牌');
});

test('another site cannot frame the workbench', async ({ page, server }) => {
  // A page on another origin (another port) that tries to embed the workbench.
  const evil: Server = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><iframe id="f" src="${server.pageUrl}" width="800" height="600"></iframe>`);
  });
  await new Promise<void>((resolve) => evil.listen(0, '127.0.0.1', resolve));
  try {
    const port = (evil.address() as AddressInfo).port;
    await page.goto(`http://localhost:${port}/`);
    // Chromium replaces a frame it refuses to render with its own error page.
    await expect.poll(() => page.frames().find((f) => f !== page.mainFrame())?.url() ?? '').toMatch(/^chrome-error:/);
    const frame = page.frames().find((f) => f !== page.mainFrame())!;
    expect(await frame.locator('[data-testid="workspace-name"]').count()).toBe(0);
  } finally {
    await new Promise((resolve) => evil.close(resolve));
  }
});

test('the served page carries a strict content security policy', async ({ server, request: http }) => {
  const res = await http.get(server.origin);
  const csp = res.headers()['content-security-policy'];
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(res.headers()['x-frame-options']).toBe('DENY');
});
