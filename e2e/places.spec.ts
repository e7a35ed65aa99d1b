// Two districts' policies in one workspace, in a real browser: 立山区 (鞍山市) and 恩阳区 (巴中市) each name their own
// 区财政局. The 部门 page lists the two bodies apart, each with its district, and the matrix offers each by that name.
import { join } from 'node:path';
import { expect, importBatch, ROOT, shot, test } from './fixtures';

const CORPUS = join(ROOT, 'shared', 'extract', '__fixtures__', 'real');
const POLICIES = ['district-work-tasks-two-lines.txt', 'district-measures-lead-duty-brackets.txt'].map((f) => join(CORPUS, f));

test('two districts’ 区财政局 are two departments, each shown with its district', async ({ app: page }, testInfo) => {
  test.setTimeout(300_000);
  for (const policy of POLICIES) await importBatch(page, [policy], '政策文件');
  await page.getByTestId('nav-departments').click();
  await expect(page.getByTestId('departments-table')).toBeVisible();
  await expect(page.getByTestId('dept-row-立山区财政局')).toBeVisible();
  await expect(page.getByTestId('dept-row-恩阳区财政局')).toBeVisible();
  await expect(page.getByTestId('dept-row-区财政局')).toHaveCount(0);
  await shot(page, testInfo, 'places-departments');
  await page.getByTestId('nav-matrix').click();
  const options = await page.getByTestId('filter-department').locator('option').allTextContents();
  expect(options).toEqual(expect.arrayContaining(['立山区财政局', '恩阳区财政局']));
  expect(options).not.toContain('区财政局');
});
