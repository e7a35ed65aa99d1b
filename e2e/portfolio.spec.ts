// A portfolio in the browser: three policies and their reports in one workspace. Each report shows the policy it
// answers; the top bar's policy filter switches the matrix; 全部 shows one section per policy whose counts equal
// that policy's own matrix; correcting a report's policy moves it, and the automatic reading can be restored.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { RunningServer } from '../electron/server/server';
import type { DocumentSummary, WorkspaceInfo } from '../shared/views';
import type { ComplianceResult } from '../shared/types';
import { api, expect, POLICY_SEED, SEEDS, shot, test } from './fixtures';

const reportsIn = (dir: string) =>
  readdirSync(dir)
    .filter((f) => /\.(txt|docx|doc|pdf)$/i.test(f))
    .sort()
    .map((f) => join(dir, f));

const SETS = [
  { policy: POLICY_SEED, reports: reportsIn(join(SEEDS, 'submissions')), cites: '发改委关于落实市中政办发〔2021〕14号文件情况的报告.txt' },
  { policy: join(SEEDS, 'sample-2', 'policy.txt'), reports: reportsIn(join(SEEDS, 'sample-2', 'submissions')), cites: '住建局关于降低企业用电用气成本工作情况的汇报.txt' },
  { policy: join(SEEDS, 'sample-3', 'policy.txt'), reports: reportsIn(join(SEEDS, 'sample-3', 'submissions')), cites: '市发展改革委关于《若干措施》第一条和第五条落实情况的报告.docx' },
];
const base = (path: string) => path.split(/[\\/]/).pop()!;

/** One batch through the file input; consecutive batches differ in size, so the result count marks this one's end. */
async function importBatch(page: Page, files: string[], role: '政策文件' | '落实报告') {
  await page.getByTestId('nav-documents').click();
  await page.getByRole('radiogroup', { name: '文件类型' }).getByText(role).click();
  await page.getByTestId('import-input').setInputFiles(files);
  await expect(page.getByTestId('import-result')).toHaveCount(files.length, { timeout: 150_000 });
  await expect(page.getByTestId('import-progress')).toHaveAttribute('data-phase', 'done', { timeout: 150_000 });
}

async function countsShown(page: Page) {
  const out: Record<string, number> = {};
  for (const s of ['on_time', 'late', 'missing', 'pending', 'soon']) {
    out[s] = Number(await page.getByTestId(`filter-status-${s}`).locator('b').textContent());
  }
  return out;
}

const matrixOf = (page: Page, server: RunningServer, policy: number) =>
  api<ComplianceResult>(page, server, 'compliance/matrix', { asOf: '2024-12-31', policy });

test('three policies in one workspace: reports on their policies, the policy filter, 全部 by policy, a corrected attribution', async ({ app: page, server }, testInfo) => {
  test.setTimeout(600_000);
  for (const [i, set] of SETS.entries()) {
    await importBatch(page, [set.policy], '政策文件');
    if (i > 0) await expect(page.getByTestId('import-result')).toContainText('已作为政策文件导入');
    await importBatch(page, set.reports, '落实报告');
  }
  const info = await api<WorkspaceInfo>(page, server, 'workspace/info');
  expect(info.policies).toHaveLength(3);
  const ids = info.policies.map((p) => p.id);
  await page.getByTestId('as-of').fill('2024-12-31');
  await page.getByTestId('as-of').press('Enter');
  await expect(page.getByTestId('date-fields')).toHaveAttribute('data-as-of', '2024-12-31');

  // ---- each report shows the policy it answers, and only its own set's policy
  await page.getByTestId('nav-documents').click();
  const rowOf = (file: string) => page.locator(`[data-testid="document-row"][data-file="${file}"]`);
  for (const [i, set] of SETS.entries()) {
    await expect(rowOf(set.cites).getByTestId('document-policy')).toHaveAttribute('data-policy', String(ids[i]));
    await expect(rowOf(set.cites).getByTestId('document-policy')).toContainText(info.policies[i].label);
    await expect(rowOf(set.cites).getByTestId('document-policy')).toContainText('引用文号');
    await expect(rowOf(set.cites).getByTestId('document-policy')).toHaveAttribute('title', `引用文号 ${info.policies[i].docNumber}`);
    for (const file of set.reports.map(base)) {
      const shown = await rowOf(file).getByTestId('document-policy').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-policy'))));
      expect(shown.every((p) => p === ids[i]), `${file} 只应对应第 ${i + 1} 项政策`).toBe(true);
    }
  }
  // a report that answers none is said so, and the filter finds exactly those
  const docs = await api<DocumentSummary[]>(page, server, 'documents/list');
  const none = docs.filter((d) => d.role === 'submission' && (d.policies ?? []).length === 0).map((d) => d.fileName).sort();
  expect(none.length).toBeGreaterThan(0);
  await page.getByTestId('documents-policy-filter').selectOption('none');
  await expect(page.locator('[data-testid="document-row"][data-role="submission"]')).toHaveCount(none.length);
  expect((await page.locator('[data-testid="document-row"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-file')!))).sort()).toEqual(none);
  await expect(page.getByTestId('document-policy-none').first()).toBeVisible();
  await page.getByTestId('documents-policy-filter').selectOption(String(ids[1]));
  await expect(page.locator('[data-testid="document-row"][data-role="policy"]')).toHaveCount(1);
  await page.getByTestId('documents-policy-filter').selectOption('');
  await page.getByTestId('documents-table').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await shot(page, testInfo, 'portfolio-documents');

  // ---- the policy filter switches the matrix; each policy's counts are its own
  const single: Record<number, Record<string, number>> = {};
  await page.getByTestId('nav-matrix').click();
  for (const id of ids) {
    await page.getByTestId('policy-filter').selectOption(String(id));
    const expected = await matrixOf(page, server, id);
    await expect(page.locator('[data-testid="matrix"] td[data-status]:not([data-status="none"])')).toHaveCount(expected.obligations.length);
    await expect(page.getByTestId('matrix-section-' + id)).toHaveCount(0);
    single[id] = await countsShown(page);
    expect(Object.values(single[id]).reduce((a, b) => a + b, 0)).toBe(expected.obligations.length);
  }
  expect(new Set(ids.map((id) => JSON.stringify(single[id]))).size).toBeGreaterThan(1);

  // ---- 全部: three sections, each equal to its policy's own matrix
  await page.getByTestId('policy-filter').selectOption('all');
  await expect(page.locator('[data-testid^="matrix-section-"]')).toHaveCount(3);
  for (const [i, id] of ids.entries()) {
    const section = page.getByTestId(`matrix-section-${id}`);
    await expect(section.locator('h2')).toContainText(info.policies[i].label);
    for (const [status, n] of Object.entries(single[id])) {
      await expect(section.getByTestId(`section-count-${status}`)).toHaveAttribute('data-count', String(n));
    }
  }
  // keyboard moves stay within a section's grid
  const second = page.getByTestId(`matrix-section-${ids[1]}`).getByTestId('matrix');
  await second.locator('td[data-row="0"][data-col="0"]').focus();
  await page.keyboard.press('ArrowRight');
  await expect(second.locator('td[data-row="0"][data-col="1"]')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(second.locator('td[data-row="1"][data-col="1"]')).toBeFocused();
  await page.locator('.matrix-scroll').evaluate((el) => el.scrollTo(0, 0));
  await shot(page, testInfo, 'portfolio-matrix-all');
  // the list names each duty's policy
  await page.getByTestId('tab-list').click();
  await expect(page.getByTestId('list-policy').first()).toBeVisible();
  const listed = new Set(await page.getByTestId('list-policy').allTextContents());
  expect(listed.size).toBeGreaterThan(1);

  // ---- correcting a report's policy moves it; 恢复自动判断 brings it back
  await page.getByTestId('nav-documents').click();
  const moved = rowOf(SETS[0].cites);
  await moved.getByTestId('attribute-report').click();
  await page.getByTestId(`attribute-${ids[0]}`).uncheck();
  await page.getByTestId(`attribute-${ids[1]}`).check();
  await page.getByTestId('attribute-save').click();
  await expect(moved.getByTestId('document-policy')).toHaveAttribute('data-policy', String(ids[1]));
  await expect(moved.getByTestId('document-policy')).toContainText('人工指定');
  await page.getByTestId('documents-policy-filter').selectOption(String(ids[1]));
  await expect(moved).toBeVisible();
  await page.getByTestId('documents-policy-filter').selectOption(String(ids[0]));
  await expect(moved).toHaveCount(0);
  await page.getByTestId('documents-policy-filter').selectOption('');
  await moved.getByTestId('attribute-report').click();
  await page.getByTestId('attribute-auto').click();
  await expect(moved.getByTestId('document-policy')).toHaveAttribute('data-policy', String(ids[0]));
  await expect(moved.getByTestId('document-policy')).toContainText('引用文号');
});
