// A portfolio in the browser: three policies and their reports in one workspace. Each report shows the policy it
// answers; the top bar's policy filter switches the matrix; 全部 shows one section per policy whose counts equal
// that policy's own matrix; correcting a report's policy moves it, and the automatic reading can be restored.
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { RunningServer } from '../electron/server/server';
import type { DocumentSummary, WorkspaceInfo } from '../shared/views';
import type { ComplianceResult } from '../shared/types';
import AxeBuilder from '@axe-core/playwright';
import { api, expect, importBatch, matrixCounts, POLICY_SEED, reportsIn, SEEDS, shot, test } from './fixtures';

const SETS = [
  { policy: POLICY_SEED, reports: reportsIn(join(SEEDS, 'submissions')), cites: '发改委关于落实市中政办发〔2021〕14号文件情况的报告.txt' },
  { policy: join(SEEDS, 'sample-2', 'policy.txt'), reports: reportsIn(join(SEEDS, 'sample-2', 'submissions')), cites: '住建局关于降低企业用电用气成本工作情况的汇报.txt' },
  { policy: join(SEEDS, 'sample-3', 'policy.txt'), reports: reportsIn(join(SEEDS, 'sample-3', 'submissions')), cites: '市发展改革委关于《若干措施》第一条和第五条落实情况的报告.docx' },
];
const base = (path: string) => path.split(/[\\/]/).pop()!;

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
    // placed by what it cites first: the policy's number or its title
    await expect(rowOf(set.cites).getByTestId('document-policy')).toHaveAttribute('data-basis', /^(doc-number|title)$/);
    await expect(rowOf(set.cites).getByTestId('document-policy')).toContainText(/引用文号|引用标题《/);
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
    single[id] = await matrixCounts(page);
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

async function noSeriousViolations(page: Page, where: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`);
  expect.soft(serious, where).toEqual([]);
}

test('from 全部, a cell opens its own policy\'s comparison and a decision lands on that policy; 政策 lists the policies; search and 历史 narrow to one', async ({ app: page, server }, testInfo) => {
  test.setTimeout(300_000);
  await importBatch(page, [POLICY_SEED], '政策文件');
  await importBatch(page, [join(SEEDS, 'submissions', SETS[0].cites), join(SEEDS, 'submissions', '财政局-落实情况.txt')], '落实报告');
  await importBatch(page, [SETS[1].policy], '政策文件');
  await importBatch(page, [join(SEEDS, 'sample-2', 'submissions', SETS[1].cites)], '落实报告');
  const info = await api<WorkspaceInfo>(page, server, 'workspace/info');
  const [first, second] = info.policies;
  await page.getByTestId('as-of').fill('2024-12-31');
  await page.getByTestId('as-of').press('Enter');
  await expect(page.getByTestId('date-fields')).toHaveAttribute('data-as-of', '2024-12-31');
  await noSeriousViolations(page, '文件（两项政策）');

  // 政策 with 全部: the list of policies; picking one opens its ledger, and 全部 comes back
  await page.getByTestId('nav-policy').click();
  await expect(page.getByTestId('policy-row')).toHaveCount(2);
  await expect(page.locator(`[data-testid="policy-row"][data-policy="${second.id}"]`)).toContainText(second.docNumber!);
  await expect(page.locator(`[data-testid="policy-row"][data-policy="${second.id}"]`)).toContainText('1 份');
  await noSeriousViolations(page, '政策列表');
  await page.getByTestId(`open-policy-${second.id}`).click();
  await expect(page.getByTestId('policy-filter')).toHaveValue(String(second.id));
  await expect(page.locator('.policy-head h1')).toHaveText(second.title);
  await page.getByTestId('all-policies').click();
  await expect(page.getByTestId('policy-row')).toHaveCount(2);

  // 全部 matrix: a cell of the second policy's section opens that policy's comparison
  await page.getByTestId('nav-matrix').click();
  const section = page.getByTestId(`matrix-section-${second.id}`);
  await noSeriousViolations(page, '落实矩阵（全部政策）');
  const target = section.locator('td[data-status="missing"]').first();
  const testId = (await target.getAttribute('data-testid'))!.slice('cell-'.length);
  const measure = Number(testId.split('-')[0]);
  const department = testId.slice(String(measure).length + 1);
  await target.click();
  await expect(page.getByTestId('compare-policy')).toHaveText(second.label);
  await expect(page.getByTestId('compare-department-name')).toHaveText(department);
  await page.getByTestId('decision-kind').selectOption('closed');
  await page.getByTestId('decision-note').fill('已办结');
  await page.getByTestId('decision-save').click();
  await expect(page.getByTestId('compare-decision')).toHaveText('办结');
  const decided = (await matrixOf(page, server, second.id)).obligations.find((o) => o.measure === measure && o.department === department);
  expect(decided?.decision?.kind).toBe('closed');
  // negative: the first policy's measure of the same number is untouched
  const same = (await matrixOf(page, server, first.id)).obligations.find((o) => o.measure === measure && o.department === department);
  expect(same?.decision).toBeFalsy();
  await page.getByTestId('nav-matrix').click();
  await expect(page.getByTestId(`matrix-section-${second.id}`).getByTestId(`cell-${measure}-${department}`)).toHaveAttribute('data-decision', 'closed');

  // 历史 narrowed to a policy shows that policy's decision and not the other's entries
  await page.getByTestId('nav-history').click();
  await page.getByTestId('history-policy').selectOption(String(first.id));
  await expect(page.locator('.history-view')).not.toContainText('办结');
  await page.getByTestId('history-policy').selectOption(String(second.id));
  await expect(page.locator('.history-view')).toContainText('办结');

  // 检索 within one policy finds only its text and its reports
  await page.getByTestId('policy-filter').selectOption(String(first.id));
  await page.getByTestId('nav-search').click();
  await page.getByTestId('search-input').fill('成本');
  await page.getByTestId('search-input').press('Enter');
  await expect(page.getByTestId('search-count')).toContainText(first.label);
  const names = await page.locator('[data-testid="search-hit"] .file-name').allTextContents();
  expect(names.length).toBeGreaterThan(0);
  expect(names.some((n) => n.startsWith('住建局关于降低企业用电用气'))).toBe(false);
  await page.getByTestId('policy-filter').selectOption(String(second.id));
  await expect(page.getByTestId('search-count')).toContainText(second.label);
  const others = await page.locator('[data-testid="search-hit"] .file-name').allTextContents();
  expect(others.some((n) => n === 'policy-seed.txt' || n.startsWith('发改委'))).toBe(false);

  // the reporting deadline is the chosen policy's own
  await page.getByTestId('report-deadline').fill('2024-06-30');
  await page.getByTestId('report-deadline').press('Enter');
  await expect.poll(() => api<{ reportDeadline: string | null }>(page, server, 'settings/get', { policy: second.id }).then((r) => r.reportDeadline)).toBe('2024-06-30');
  expect((await api<{ reportDeadline: string | null }>(page, server, 'settings/get', { policy: first.id })).reportDeadline).toBeNull();
  await page.getByTestId('policy-filter').selectOption('all');
  await expect(page.getByTestId('report-deadline-all')).toBeVisible();
  await page.getByTestId('policy-filter').selectOption(String(first.id));
  await expect(page.getByTestId('report-deadline')).not.toHaveValue('2024-06-30');

  // a report placed on both policies: the viewer lists its measures per policy, corrections pick the policy
  await page.getByTestId('nav-documents').click();
  const row = page.locator(`[data-testid="document-row"][data-file="${SETS[0].cites}"]`);
  await row.getByTestId('attribute-report').click();
  await page.getByTestId(`attribute-${second.id}`).check();
  await page.getByTestId('attribute-save').click();
  await expect(row.getByTestId('document-policy')).toHaveCount(2);
  await row.locator('.file-name').click();
  await expect(page.getByTestId('viewer-reading')).toHaveCount(2);
  await expect(page.locator(`[data-testid="viewer-reading"][data-policy="${second.id}"]`)).toContainText(second.label);
  await page.getByRole('button', { name: '关闭', exact: true }).click();
  await row.getByTestId('correct-report').click();
  await expect(page.getByTestId('correct-policy')).toHaveValue(String(first.id));
  await page.getByTestId('correct-policy').selectOption(String(second.id));
  type Detail = { readings: { policy: number; analysis: { measures: number[] } }[] };
  const docId = Number(await row.getAttribute('data-document'));
  const reading = async (policy: number) => (await api<Detail>(page, server, 'documents/get', { id: docId })).readings.find((r) => r.policy === policy)!.analysis.measures;
  const ledger = await api<{ extract: { measures: { number: number }[] } }>(page, server, 'policy/get', { policy: second.id });
  const before = { first: await reading(first.id), second: await reading(second.id) };
  const free = ledger.extract.measures.map((m) => m.number).find((n) => !before.second.includes(n) && !before.first.includes(n))!;
  await page.getByTestId('link-measure').selectOption(String(free));
  await page.getByTestId('link-save').click();
  await expect(page.getByTestId('report-link').filter({ hasText: `第${free}条` })).toBeVisible();
  expect(await reading(second.id)).toContain(free);
  // negative: the first policy's reading is not touched
  expect(await reading(first.id)).toEqual(before.first);

  // the top bar with the policy filter still holds at 1024 wide
  await page.setViewportSize({ width: 1024, height: 768 });
  for (const choice of ['all', String(second.id)]) {
    await page.getByTestId('policy-filter').selectOption(choice);
    for (const el of await page.locator('.top-bar button, .top-bar .date-input-label, .top-bar .workspace-name, .top-bar select').all()) {
      const box = (await el.boundingBox())!;
      expect(box.height, `${await el.textContent()} (${choice})`).toBeLessThan(40);
    }
    expect((await page.locator('.top-bar').boundingBox())!.height).toBeLessThan(140);
  }
  await shot(page, testInfo, 'portfolio-top-bar-1024');
  // Excel is one policy's workbook; the report with 全部 is the 督查通报
  await expect(page.getByTestId('export-xlsx')).toBeEnabled();
  await expect(page.getByTestId('export-report')).toHaveText('导出督查报告');
  await page.getByTestId('policy-filter').selectOption('all');
  await expect(page.getByTestId('export-xlsx')).toBeDisabled();
  await expect(page.getByTestId('export-report')).toHaveText('导出督查通报');
});
