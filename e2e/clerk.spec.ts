// The workbench as a clerk uses it on a 1366×768 laptop: the window names the workspace in Chinese, and a notice
// (已导出、已更正…) sits in a strip under the view, so it hides no column of the matrix, closes with × and goes by itself.
import { expect, seededAsOf, shot, test } from './fixtures';

test('the top bar names the default workspace 工作区, the file in its tooltip', async ({ app: page, workspaceDir }) => {
  await expect(page.getByTestId('workspace-name')).toHaveText('工作区');
  await expect(page.locator('.top-bar .workspace')).toHaveAttribute('title', `工作区文件：${workspaceDir}/workspace.sqlite`);
});

test('a notice hides none of the matrix: the last columns and rows stay in view beside it, and it closes with ×', async ({ app: page }, testInfo) => {
  await seededAsOf(page, '2022-01-31');
  await page.getByTestId('nav-matrix').click();
  await expect(page.getByTestId('matrix')).toBeVisible();
  await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 Excel' }).click()]);
  const notice = page.locator('.notice').filter({ hasText: '已导出' });
  await expect(notice).toBeVisible();
  await shot(page, testInfo, 'clerk-matrix-notice');

  // nothing of the matrix's scrolling area lies under the notice
  const view = (await page.locator('main.content').boundingBox())!;
  const box = (await notice.boundingBox())!;
  expect(box.y, 'the notice sits below the view').toBeGreaterThanOrEqual(view.y + view.height - 1);
  // the totals' last column, scrolled to, is shown whole above the notice
  const lastHeader = page.locator('.matrix thead th').last();
  await lastHeader.scrollIntoViewIfNeeded();
  const header = (await lastHeader.boundingBox())!;
  expect(header.x + header.width).toBeLessThanOrEqual(1366);
  const lastRow = page.locator('.matrix tbody tr').last();
  await lastRow.scrollIntoViewIfNeeded();
  const row = (await lastRow.boundingBox())!;
  expect(row.y + row.height, 'the last row scrolls clear of the notice').toBeLessThanOrEqual(box.y);

  await notice.getByRole('button', { name: '关闭提示' }).click();
  await expect(notice).toHaveCount(0);
  await expect(page.locator('.notices')).toHaveCount(0);
});

test('a notice goes by itself after a few seconds', async ({ app: page }) => {
  await seededAsOf(page, '2022-01-31');
  await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 Excel' }).click()]);
  const notice = page.locator('.notice').filter({ hasText: '已导出' });
  await expect(notice).toBeVisible();
  await expect(notice).toHaveCount(0, { timeout: 8000 });
});
