// Each test gets a fresh workspace folder and its own browser-mode server, started in-process.
import { test as base, expect, type Page, type TestInfo } from '@playwright/test';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { exportServer, type RunningServer } from '../electron/server/server';

export const ROOT = process.cwd();
export const SEEDS = join(ROOT, 'seeds');
export const POLICY_SEED = join(SEEDS, 'policy-seed.txt');
const SHOTS = join(ROOT, 'e2e', 'screenshots');
/** The real pairs: real policies and the real reports that answer them. */
export const PAIRS = join(ROOT, 'shared', 'submission', '__fixtures__', 'real-pairs');

/** The reports in a folder (the formats the importers read), in name order. */
export function reportsIn(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((f) => /\.(txt|docx|doc|pdf)$/i.test(f))
      .sort()
      .map((f) => join(dir, f));
  } catch {
    return [];
  }
}

/** The sample submissions that are there now (the set grows; the specs take what exists). */
export function sampleSubmissions(): string[] {
  return reportsIn(join(SEEDS, 'submissions'));
}

interface Fixtures {
  workspaceDir: string;
  server: RunningServer;
  app: Page;
}

export const test = base.extend<Fixtures>({
  workspaceDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'luoshi-e2e-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  server: async ({ workspaceDir }, use) => {
    const server = await exportServer({ workspace: join(workspaceDir, 'workspace.sqlite'), dataDir: workspaceDir });
    await use(server);
    await server.close();
  },
  app: async ({ page, server }, use) => {
    await page.goto(server.pageUrl);
    await expect(page.getByTestId('workspace-name')).toHaveText('工作区');
    await use(page);
  },
});

export { expect };

/** Keeps a screenshot both as a test artifact and under e2e/screenshots/ for the README. */
export async function shot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  const path = join(SHOTS, `${name}.png`);
  await page.screenshot({ path });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

/** Imports files through the UI's file input, as the chosen role, and waits for the per-file results. */
export async function importThroughUi(page: Page, files: string[], role: '政策文件' | '落实报告'): Promise<void> {
  await page.getByTestId('nav-documents').click();
  await page.getByRole('radiogroup', { name: '文件类型' }).getByText(role).click();
  await page.getByTestId('import-input').setInputFiles(files);
  await expect(page.getByTestId('import-progress')).toHaveAttribute('data-phase', /done|failed/, { timeout: 120_000 });
}

/** The seed policy and its sample reports imported through the UI, and the ledger set to the given as-of date. */
export async function seededAsOf(page: Page, asOf: string): Promise<void> {
  await importThroughUi(page, [POLICY_SEED], '政策文件');
  await importThroughUi(page, sampleSubmissions(), '落实报告');
  await page.getByTestId('as-of').fill(asOf);
  await page.getByTestId('as-of').press('Enter');
  await expect(page.getByTestId('date-fields')).toHaveAttribute('data-as-of', asOf);
}

/** One batch through the file input; done when the results name each of its files and the import has finished. */
export async function importBatch(page: Page, files: string[], role: '政策文件' | '落实报告'): Promise<void> {
  await page.getByTestId('nav-documents').click();
  await page.getByRole('radiogroup', { name: '文件类型' }).getByText(role).click();
  await page.getByTestId('import-input').setInputFiles(files);
  await expect(page.getByTestId('import-result')).toHaveCount(files.length, { timeout: 150_000 });
  const names = files.map((f) => basename(f)).sort();
  await expect
    .poll(async () => (await page.locator('[data-testid="import-result"] .result-file').allTextContents()).sort(), { timeout: 150_000 })
    .toEqual(names);
  await expect(page.getByTestId('import-progress')).toHaveAttribute('data-phase', 'done', { timeout: 150_000 });
}

/** The matrix's status filter counts, as the matrix shows them for the policy chosen in the top bar. */
export async function matrixCounts(page: Page): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const s of ['on_time', 'late', 'missing', 'pending', 'soon']) {
    out[s] = Number(await page.getByTestId(`filter-status-${s}`).locator('b').textContent());
  }
  return out;
}

/** Calls the running server's API directly, as the page would, and returns the value (throws on an error). */
export async function api<T>(page: Page, server: RunningServer, channel: string, input: unknown = {}): Promise<T> {
  const res = await page.request.post(`${server.origin}api/${channel}`, {
    headers: { 'X-Luoshi-Token': server.token, 'Content-Type': 'application/json' },
    data: input,
  });
  const body = (await res.json()) as { ok: boolean; value: T; error?: { message: string } };
  if (!body.ok) throw new Error(body.error?.message);
  return body.value;
}

/**
 * Real pairs' policies under the names an office would give them (`policies`: pair → file name), then their reports
 * as stored (`reports`: pair/reports/file), imported through the UI; the ledger set to `asOf` and the import notices
 * closed.
 */
export async function importRealPairs(page: Page, dir: string, policies: Record<string, string>, reports: string[], asOf: string): Promise<void> {
  const files = Object.entries(policies).map(([pair, name]) => {
    const file = join(dir, name);
    copyFileSync(join(PAIRS, pair, 'policy.txt'), file);
    return file;
  });
  await importThroughUi(page, files, '政策文件');
  await importThroughUi(page, reports.map((r) => join(PAIRS, r)), '落实报告');
  const box = page.getByTestId('as-of');
  await box.fill(asOf);
  await box.press('Enter');
  await expect(page.getByTestId('date-fields')).toHaveAttribute('data-as-of', asOf);
  const close = page.getByRole('button', { name: '关闭提示' });
  while ((await close.count()) > 0) await close.first().click();
}
