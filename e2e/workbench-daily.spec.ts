// The workbench in daily use: a date typed with the keyboard, a batch with failures, moving through the matrix
// with the arrow keys, notices for chosen departments in one archive, and a tab left open across a restart.
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { exportServer } from '../electron/server/server';
import { expect, importThroughUi, POLICY_SEED, sampleSubmissions, shot, test } from './fixtures';

async function importSeed(page: Page): Promise<void> {
  await importThroughUi(page, [POLICY_SEED], '政策文件');
  await importThroughUi(page, sampleSubmissions(), '落实报告');
}

/** Types into the as-of box key by key, as a user would, and commits with Enter. */
async function typeAsOf(page: Page, date: string): Promise<void> {
  const box = page.getByTestId('as-of');
  await box.click();
  await box.press('Control+A');
  await page.keyboard.type(date, { delay: 20 });
  await box.press('Enter');
}

test('a date typed with the keyboard in the as-of box drives the matrix', async ({ app: page }, testInfo) => {
  await importSeed(page);
  await page.getByTestId('nav-matrix').click();
  await expect(page.getByTestId('matrix')).toBeVisible();

  // Half-typed: nothing is saved and no message appears while typing.
  const box = page.getByTestId('as-of');
  await box.click();
  await box.press('Control+A');
  await page.keyboard.type('202', { delay: 20 });
  await expect(page.getByTestId('as-of-error')).toHaveCount(0);
  await expect(page.locator('.notice-error')).toHaveCount(0);
  await expect(box).toHaveValue('202');

  // A date that does not exist is refused in plain words, and nothing changes.
  await box.press('Control+A');
  await page.keyboard.type('2022-02-30', { delay: 20 });
  await box.press('Enter');
  await expect(page.getByTestId('as-of-error')).toContainText('2022年2月没有30日');
  await expect(page.getByTestId('as-of-error')).not.toContainText(/asOf|参数/);
  await expect(page.locator('.notice-error')).toHaveCount(0);

  await typeAsOf(page, '2021-10-01');
  await expect(page.getByTestId('as-of-error')).toHaveCount(0);
  await expect(page.getByTestId('date-fields')).toHaveAttribute('data-as-of', '2021-10-01');
  await expect(page.locator('.as-of-note')).toHaveText('截至 2021年10月1日');
  const early = await page.locator('[data-testid^="cell-"][data-status="on_time"]').count();

  await typeAsOf(page, '2022年1月31日');
  await expect(box).toHaveValue('2022-01-31');
  await expect(page.locator('.as-of-note')).toHaveText('截至 2022年1月31日');
  await expect.poll(() => page.locator('[data-testid^="cell-"][data-status="on_time"]').count()).toBeGreaterThan(early);
  await expect(page.locator('[data-testid^="cell-"][data-status="missing"]').first()).toBeVisible();
  await shot(page, testInfo, '03-matrix');
});

test('arrow keys move between matrix cells and Enter opens the comparison', async ({ app: page }) => {
  await importSeed(page);
  await typeAsOf(page, '2022-01-31');
  await page.getByTestId('nav-matrix').click();
  const matrix = page.getByTestId('matrix');
  await expect(matrix).toBeVisible();

  // One tab stop for the whole grid: the first cell.
  const first = matrix.locator('td[data-row="0"][data-col="0"]');
  await first.focus();
  await expect(first).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(matrix.locator('td[data-row="0"][data-col="1"]')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(matrix.locator('td[data-row="1"][data-col="1"]')).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowUp');
  await expect(first).toBeFocused();
  await expect(matrix.locator('td[tabindex="0"]')).toHaveCount(1);

  // Walk right along the first row to a cell with a duty; the line above the grid spells it out.
  let col = 0;
  while ((await matrix.locator(`td[data-row="0"][data-col="${col}"]`).getAttribute('data-status')) === 'none') {
    await page.keyboard.press('ArrowRight');
    col++;
  }
  const target = matrix.locator(`td[data-row="0"][data-col="${col}"]`);
  await expect(target).toBeFocused();
  const id = (await target.getAttribute('data-testid'))!.slice('cell-'.length);
  const measure = id.slice(0, id.indexOf('-'));
  const department = id.slice(id.indexOf('-') + 1);
  await expect(page.getByTestId('cell-detail')).toContainText(`第${measure}条`);
  await expect(page.getByTestId('cell-detail')).toContainText(department);

  await page.keyboard.press('Enter');
  await expect(page.getByTestId('compare-department-name')).toHaveText(department);
  await expect(page.locator('.compare-title .measure-no')).toHaveText(`第${measure}条`);
});

test('the top bar holds at 1280 and 1024 wide, and 第N条 never breaks', async ({ app: page }, testInfo) => {
  await importThroughUi(page, [POLICY_SEED], '政策文件');
  for (const width of [1280, 1024]) {
    await page.setViewportSize({ width, height: 768 });
    // Every label and button of the top bar stays on one line: wrapping moves whole pieces to a second row.
    for (const el of await page.locator('.top-bar button, .top-bar .date-input-label, .top-bar .workspace-name').all()) {
      const box = (await el.boundingBox())!;
      expect(box.height, `${await el.textContent()} at ${width}`).toBeLessThan(40);
      expect(box.width, `${await el.textContent()} at ${width}`).toBeGreaterThan(14);
    }
    const bar = (await page.locator('.top-bar').boundingBox())!;
    expect(bar.height).toBeLessThan(140);
    await shot(page, testInfo, `top-bar-${width}`);
  }
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.getByTestId('nav-matrix').click();
  await page.getByTestId('tab-list').click();
  await page.setViewportSize({ width: 1024, height: 768 });
  const refs = page.locator('[data-testid="overdue-row"] .measure-ref');
  await expect(refs.first()).toBeVisible();
  for (const ref of (await refs.all()).slice(0, 20)) {
    const box = (await ref.boundingBox())!;
    expect(box.height, (await ref.textContent()) ?? '').toBeLessThan(26);
  }
});

test('a tab left open across a server restart says its token was refused, and the new address brings it back', async ({ page, workspaceDir }, testInfo) => {
  // A port from this suite's own range, so the restarted server has the same address as the first.
  const port = 41817;
  const options = { workspace: join(workspaceDir, 'workspace.sqlite'), dataDir: workspaceDir, port };
  let server = await exportServer(options);
  try {
    await page.goto(server.pageUrl);
    await importThroughUi(page, [POLICY_SEED], '政策文件');
    const title = (await page.locator('.workspace-policy').textContent()) ?? '';
    expect(title).not.toBe('');

    await server.close();
    server = await exportServer(options);

    // The old tab acts: the server refuses its token, and the page says why and what to do.
    await page.getByTestId('nav-policy').click();
    const banner = page.getByTestId('connection-banner');
    await expect(banner).toHaveAttribute('data-state', 'token-refused');
    await expect(banner).toContainText('访问令牌已失效');
    await expect(banner).toContainText('数据没有受影响');
    await expect(page.getByText('尚未导入政策文件')).toHaveCount(0);
    await shot(page, testInfo, 'stale-tab');

    // Pasting the newly printed address into the same tab is enough.
    await page.goto(server.pageUrl);
    await expect(page.getByTestId('connection-banner')).toHaveCount(0);
    await expect(page.locator('.workspace-policy')).toHaveText(title);
  } finally {
    await server.close();
  }
});
