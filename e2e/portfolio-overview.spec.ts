// Four policies in one workspace, in a real browser: the 区 seed policy and a second 市中区 policy with the same
// departments, a 县 one and a 市 one, each with its reports. 总览 shows every policy's figures as its own matrix
// counts them; a department owing on both 市中区 policies finds both on its page and in one reminder notice; each
// report sits on the policy of the folder it came from, or on none.
import { basename, join } from 'node:path';
import type { Page } from '@playwright/test';
import type { DocumentSummary, WorkspaceInfo } from '../shared/views';
import type { ComplianceResult, ObligationStatus } from '../shared/types';
import type { OverviewView } from '../shared/portfolio/overview';
import type { DepartmentPage } from '../shared/portfolio/department-page';
import { api, expect, importBatch, matrixCounts, POLICY_SEED, reportsIn, ROOT, SEEDS, shot, test } from './fixtures';

const DISTRICT = join(ROOT, 'electron', 'services', '__fixtures__', 'portfolio');
// The 区 sets first and last, so that the two 市中区 policies are the first and the fourth.
const SETS = [
  { policy: POLICY_SEED, reports: reportsIn(join(SEEDS, 'submissions')) },
  { policy: join(SEEDS, 'sample-2', 'policy.txt'), reports: reportsIn(join(SEEDS, 'sample-2', 'submissions')) },
  { policy: join(SEEDS, 'sample-3', 'policy.txt'), reports: reportsIn(join(SEEDS, 'sample-3', 'submissions')) },
  { policy: join(DISTRICT, 'policy-district.txt'), reports: reportsIn(join(DISTRICT, 'reports')) },
];
// The 市 policy's deadlines of 2024-05-31 and 2024-06 fall in the 30 days after this date; every 区 and 县 deadline is past.
const AS_OF = '2024-05-25';
const STATUSES: ObligationStatus[] = ['missing', 'late', 'on_time', 'pending'];
const OUTSTANDING = new Set<ObligationStatus>(['missing', 'late']);

async function chooseAsOf(page: Page) {
  await page.getByTestId('as-of').fill(AS_OF);
  await page.getByTestId('as-of').press('Enter');
  await expect(page.getByTestId('date-fields')).toHaveAttribute('data-as-of', AS_OF);
  // the imports' notices would sit over the screenshots
  const close = page.getByRole('button', { name: '关闭提示' }).first();
  while (await close.isVisible()) await close.click();
}

test('four policies: 总览 equals each matrix, a department owing on two policies has one page and one notice, reports on their own policy', async ({ app: page, server }, testInfo) => {
  test.setTimeout(600_000);
  for (const set of SETS) {
    await importBatch(page, [set.policy], '政策文件');
    await expect(page.getByTestId('import-result')).toContainText('已作为政策文件导入');
    await importBatch(page, set.reports, '落实报告');
  }
  const info = await api<WorkspaceInfo>(page, server, 'workspace/info');
  expect(info.policies).toHaveLength(4);
  const ids = info.policies.map((p) => p.id);
  const [seed, , , district] = info.policies;
  await chooseAsOf(page);
  await page.getByTestId('policy-filter').selectOption('all');

  // ---- each report on its folder's policy, or on none
  await page.getByTestId('nav-documents').click();
  const rowOf = (file: string) => page.locator(`[data-testid="document-row"][data-file="${file}"]`);
  const docs = await api<DocumentSummary[]>(page, server, 'documents/list');
  let placed = 0;
  for (const [i, set] of SETS.entries()) {
    for (const file of set.reports.map((f) => basename(f))) {
      await expect(rowOf(file)).toHaveCount(1);
      const shown = await rowOf(file).getByTestId('document-policy').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-policy'))));
      expect(shown.filter((p) => p !== ids[i]), `${file} 只应对应第 ${i + 1} 项政策或不对应`).toEqual([]);
      const listed = docs.find((d) => d.fileName === file)!;
      expect((listed.policies ?? []).map((p) => p.policy)).toEqual(shown);
      if (shown.length === 0) await expect(rowOf(file).getByTestId('document-policy-none')).toBeVisible();
      placed += shown.length;
    }
  }
  // every policy has reports placed on it (the check above is not passed by placing nothing)
  for (const [i, id] of ids.entries()) {
    const on = docs.filter((d) => d.role === 'submission' && (d.policies ?? []).some((p) => p.policy === id));
    expect(on.length, `第 ${i + 1} 项政策的报告`).toBeGreaterThan(0);
  }
  expect(placed).toBeGreaterThan(SETS.length);
  await page.getByTestId('documents-table').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await shot(page, testInfo, 'portfolio-four-documents');

  // ---- each policy's matrix, as the matrix shows it with that policy chosen in the top bar
  await page.getByTestId('nav-matrix').click();
  const counts: Record<number, Record<string, number>> = {};
  const matrices: Record<number, ComplianceResult> = {};
  for (const id of ids) {
    await page.getByTestId('policy-filter').selectOption(String(id));
    matrices[id] = await api<ComplianceResult>(page, server, 'compliance/matrix', { asOf: AS_OF, policy: id });
    await expect(page.locator('[data-testid="matrix"] td[data-status]:not([data-status="none"])')).toHaveCount(matrices[id].obligations.length);
    counts[id] = await matrixCounts(page);
    // the filter's 即将到期 is a share of the not-yet-due ones
    counts[id].pending += counts[id].soon;
  }
  await page.getByTestId('policy-filter').selectOption('all');
  await expect(page.locator('[data-testid^="matrix-section-"]')).toHaveCount(4);
  // the end of the first section and the next ones, so that the picture shows the sections
  await page.getByTestId(`matrix-section-${ids[1]}`).evaluate((section) => {
    const scroller = section.closest('.matrix-scroll')!;
    scroller.scrollTop += section.getBoundingClientRect().top - scroller.getBoundingClientRect().top - 120;
  });
  await shot(page, testInfo, 'portfolio-four-matrix');

  // ---- 总览: one row per policy, each equal to its matrix, status by status and in total
  const view = await api<OverviewView>(page, server, 'portfolio/overview', { asOf: AS_OF });
  await page.getByTestId('nav-overview').click();
  const overview = page.getByTestId('overview');
  await expect(overview.locator('.as-of-note')).toHaveText('截至 2024年5月25日');
  await expect(overview.getByTestId('policy-row')).toHaveCount(4);
  for (const [i, p] of info.policies.entries()) {
    const row = overview.locator(`[data-testid="policy-row"][data-policy="${p.id}"]`);
    await expect(row.locator('th')).toHaveText(p.label);
    let total = 0;
    for (const s of STATUSES) {
      await expect(row.getByTestId(`policy-${s}`), `第 ${i + 1} 项政策 ${s}`).toHaveText(String(counts[p.id][s]));
      expect(counts[p.id][s]).toBe(matrices[p.id].obligations.filter((o) => o.status === s).length);
      total += counts[p.id][s];
    }
    expect(total).toBe(matrices[p.id].obligations.length);
  }
  // the 合计 row is the four policies together
  const sum = (s: ObligationStatus) => ids.reduce((n, id) => n + counts[id][s], 0);
  const foot = overview.getByTestId('policy-figures').locator('tfoot td.num');
  await expect(foot).toHaveText([...STATUSES.map((s) => String(sum(s))), /%|—/]);
  // 即将到期 and the ranking, each with its table
  expect(view.within30.length).toBeGreaterThan(0);
  await expect(page.getByTestId('upcoming-30').getByTestId('upcoming-row')).toHaveCount(view.within30.length);
  await expect(page.getByTestId('upcoming-30').locator('table')).toBeVisible();
  await expect(page.getByTestId('upcoming-7').getByTestId('upcoming-row')).toHaveCount(view.within7.length);
  await expect(page.getByTestId('department-ranking')).toBeVisible();
  await expect(page.getByTestId('ranking-row')).toHaveCount(view.departments.length);
  await expect(page.getByTestId('chart-ranking').locator('.chart-box svg').first()).toBeVisible();
  await shot(page, testInfo, 'portfolio-four-overview');

  // ---- a department with something outstanding on both 市中区 policies
  const outstandingOn = (id: number) => new Set(matrices[id].obligations.filter((o) => OUTSTANDING.has(o.status)).map((o) => o.department));
  const onSeed = outstandingOn(seed.id);
  const both = [...outstandingOn(district.id)].filter((d) => onSeed.has(d)).sort();
  expect(both.length, '两项市中区政策都有未报送或逾期任务的部门').toBeGreaterThan(0);
  const name = both[0];
  const expected = (await api<DepartmentPage>(page, server, 'departments/page', { name, asOf: AS_OF }))!;

  // its page, opened from the ranking: the duties of both policies, each row naming its policy, with due date and status
  await page.locator(`[data-testid="ranking-row"][data-department="${name}"]`).getByTestId('department-link').click();
  const dept = page.getByTestId('department-page');
  await expect(page.getByTestId('department-name')).toHaveText(name);
  await expect(dept.getByTestId('department-policies').locator('tbody tr')).toHaveCount(expected.policies.length);
  for (const p of [seed, district]) {
    const mine = matrices[p.id].obligations.filter((o) => o.department === name);
    const rows = dept.locator(`[data-testid="department-obligation"][data-policy="${p.id}"]`);
    await expect(rows).toHaveCount(mine.length);
    for (const s of STATUSES) await expect(rows.and(page.locator(`[data-status="${s}"]`))).toHaveCount(mine.filter((o) => o.status === s).length);
    for (const [k, o] of mine.sort((a, b) => a.measure - b.measure).entries()) {
      await expect(rows.nth(k).locator('.policy-cell')).toHaveText(p.label);
      const [y, m, d] = o.due!.split('-').map(Number);
      await expect(rows.nth(k)).toContainText(`${y}年${m}月${d}日`);
      await expect(rows.nth(k).locator('.status-pill')).not.toBeEmpty();
    }
  }
  await shot(page, testInfo, 'portfolio-four-department');

  // its reminder notice covers both policies
  await page.getByTestId('export-notices').click();
  await page.getByTestId('notice-departments').getByRole('button', { name, exact: true }).click();
  const notice = page.getByTestId('notice-preview');
  await expect(notice).toHaveAttribute('aria-label', `${name}的催办通知预览`);
  for (const p of [seed, district]) await expect(notice).toContainText(p.docNumber ?? p.title);
  // negative: a policy that gives it nothing is not in its notice
  for (const p of info.policies.filter((x) => !expected.policies.some((y) => y.policy.id === x.id))) {
    await expect(notice).not.toContainText(p.docNumber ?? p.title);
  }
});
