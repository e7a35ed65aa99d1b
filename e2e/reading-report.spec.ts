// The Policy view's reading report on a real policy that states no 文号 or date and numbers on across sections; and
// a policy numbered again in each section, whose measures are cited with their section wherever they are shown.
import { join } from 'node:path';
import { expect, importThroughUi, ROOT, test } from './fixtures';

const POLICY = join(ROOT, 'shared', 'extract', '__fixtures__', 'real', 'city-talent-opinion.txt');

test('the Policy view says what to check, with the numbering as written', async ({ app: page }) => {
  await importThroughUi(page, [POLICY], '政策文件');
  await page.getByTestId('nav-policy').click();
  const report = page.getByTestId('reading-report');
  await expect(report).toBeVisible();
  await expect(report).toContainText('发文字号');
  await expect(report).toContainText('成文日期');
  // measures 2–45 as the policy numbers them; the opening 1.目标 assigns nothing and is no measure
  await expect(page.getByTestId('measure-11')).toContainText('121人才梯队项目');
  await expect(page.getByTestId('measure-1')).toHaveCount(0);
});

// A policy numbered （一）（二） again in each section: 第二部分第一条 names one measure, "第3条" would name none.
const RESTARTING = join(ROOT, 'e2e', '__fixtures__', 'policy-restarting.txt');
const REPORT = join(ROOT, 'e2e', '__fixtures__', '市场监管局稳就业落实情况.txt');

test('a measure of a policy numbered again in each section is cited with its section wherever it is shown', async ({ app: page }) => {
  await importThroughUi(page, [RESTARTING], '政策文件');
  await importThroughUi(page, [REPORT], '落实报告');
  // the report's links in the documents list
  const report = page.locator('[data-testid="document-row"][data-role="submission"]');
  await expect(report.locator('.measure-refs')).toHaveText('第二部分第一条');
  // the list of missing and late duties, and the matrix cell's description
  await page.getByTestId('nav-matrix').click();
  await expect(page.getByTestId('cell-3-县市场监管局')).toHaveAttribute('title', /^县市场监管局 · 第二部分第一条 办好线上招聘会 · /);
  await page.getByTestId('tab-list').click();
  const late = page.getByTestId('overdue-row').filter({ hasText: '县市场监管局' });
  await expect(late.locator('.measure-ref')).toHaveText('第二部分第一条');
  await expect(late).toHaveAttribute('aria-label', /县市场监管局，第二部分第一条，/);
  // numbering as written stays: the first section's second measure is 第一部分第二条, not 第2条
  await expect(page.getByTestId('overdue-row').filter({ hasText: '县民政局' }).locator('.measure-ref')).toHaveText('第一部分第二条');
  // merging one measure into another: picked by its citation, and the message says which
  await page.getByTestId('nav-policy').click();
  await page.getByTestId('measure-edit-2').click();
  await page.getByTestId('edit-merge-into').selectOption({ label: '第一部分第一条 支持小微企业吸纳就业' });
  await page.getByRole('button', { name: '合并', exact: true }).click();
  await expect(page.locator('.notice-success').filter({ hasText: '已并入' })).toContainText('第一部分第二条已并入第一部分第一条');
  await expect(page.getByTestId('measure-2')).toHaveCount(0);
});
