// The workbench in daily use: a date typed with the keyboard, a batch with failures, moving through the matrix
// with the arrow keys, notices for chosen departments in one archive, and a tab left open across a restart.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import JSZip from 'jszip';
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
  await expect(page.getByTestId('matrix-focus-line')).toContainText(`第${measure}条`);
  await expect(page.getByTestId('matrix-focus-line')).toContainText(department);

  await page.keyboard.press('Enter');
  await expect(page.getByTestId('compare-department-name')).toHaveText(department);
  await expect(page.locator('.compare-title .measure-no')).toHaveText(`第${measure}条`);

  // The list: sorted by days overdue, most first; rows reached with Tab and opened with Enter.
  await page.getByTestId('nav-matrix').click();
  await page.getByTestId('tab-list').click();
  await page.getByTestId('sort-overdue').click();
  const days = (await page.getByTestId('days-overdue').allTextContents()).map((t) => Number.parseInt(t, 10));
  expect(days.length).toBeGreaterThan(3);
  expect(days).toEqual([...days].sort((a, b) => b - a));
  await page.getByTestId('sort-overdue').focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
  const row = page.locator('[data-testid="overdue-row"]:focus');
  await expect(row).toHaveCount(1);
  const label = (await row.getAttribute('aria-label')) ?? '';
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('compare-department-name')).toHaveText(label.slice(0, label.indexOf('，')));
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
    // the top bar names the policy once it has heard of the import
    await expect(page.locator('.workspace-policy')).not.toHaveText('尚未导入政策文件');
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

test('a batch with failures shows them in the bar, and in the import history after a reload', async ({ app: page, workspaceDir }, testInfo) => {
  await importThroughUi(page, [POLICY_SEED], '政策文件');
  const empty = join(workspaceDir, '空白报告.txt');
  const scan = join(workspaceDir, '无法识别.xyz');
  writeFileSync(empty, '');
  writeFileSync(scan, 'not a document');
  const good = sampleSubmissions().slice(0, 2);
  await importThroughUi(page, [...good, empty, scan], '落实报告');

  // The bar does not say success: it shows the failed share in red and says how many failed.
  const progress = page.getByTestId('import-progress');
  await expect(progress).toHaveAttribute('data-outcome', 'partial');
  await expect(page.getByTestId('import-progress-label')).toHaveText('部分导入：成功 2 个，失败 2 个，原因见下');
  const failedBar = (await page.getByTestId('progress-failed').boundingBox())!;
  expect(failedBar.width).toBeGreaterThan(100);
  await expect(page.locator('[data-testid="import-result"][data-ok="false"]')).toHaveCount(2);
  await expect(page.locator('[data-testid="import-result"][data-ok="false"]').first()).toContainText('未导入');

  // After a reload the per-file results of the bar are gone, but the history keeps the batch and its reasons.
  await page.reload();
  await expect(page.getByTestId('workspace-name')).toHaveText('工作区');
  // A workspace with a policy opens on 总览; the import history is under 文件.
  await page.getByTestId('nav-documents').click();
  const batch = page.getByTestId('import-batch').first();
  await expect(batch).toHaveAttribute('data-failed', '2');
  await expect(batch).toContainText('成功 2 个，失败 2 个');
  await batch.getByRole('button', { name: '查看原因' }).click();
  await expect(batch.getByTestId('import-batch-failures')).toContainText('空白报告.txt');
  await expect(batch.getByTestId('import-batch-failures')).toContainText('无法识别.xyz');
  await expect(page.getByTestId('import-batch')).toHaveCount(2);
  await page.getByTestId('import-history').scrollIntoViewIfNeeded();
  await shot(page, testInfo, '09-import-history');
});

test('notices for two chosen departments arrive as one archive, and the next round says they were chased', async ({ app: page }, testInfo) => {
  await importSeed(page);
  await typeAsOf(page, '2022-01-31');
  await page.getByTestId('export-notices').click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  // The dialog holds the focus: Tab from the last control comes back inside it.
  for (let i = 0; i < 40; i++) await page.keyboard.press('Tab');
  expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);

  const rows = page.getByTestId('notice-dept');
  await expect(rows.first()).toBeVisible();
  const all = await rows.locator('.notice-dept-name').allTextContents();
  expect(all.length).toBeGreaterThan(2);
  const chosen = all.slice(0, 2);
  await page.getByRole('button', { name: '全不选' }).click();
  for (const d of chosen) await page.getByTestId(`notice-pick-${d}`).check();
  await rows.filter({ hasText: chosen[1] }).locator('.notice-dept-name').click();
  await expect(page.getByTestId('notice-preview')).toContainText(`${chosen[1]}：`);
  await expect(page.getByTestId('notice-preview')).toContainText('关于加快报送');
  await page.getByTestId('reply-by').fill('2022-02-10');
  await page.getByTestId('reply-by').press('Enter');
  await page.getByTestId('notice-split').check();
  await shot(page, testInfo, '08-export-notices');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-notices-go').click()]);
  expect(download.suggestedFilename()).toBe('催办通知-2022-01-31.zip');
  const path = await download.path();
  const archive = await JSZip.loadAsync(readFileSync(path));
  const names = Object.keys(archive.files).sort();
  expect(names).toEqual(chosen.map((d) => `催办通知-${d}.docx`).sort());
  for (const name of names) expect((await archive.file(name)!.async('uint8array')).slice(0, 2)).toEqual(new Uint8Array([0x50, 0x4b]));

  // Recorded: the next round shows both as chased, and the notice text says when.
  await page.getByTestId('export-notices').click();
  for (const d of chosen) await expect(page.getByTestId('notice-dept').filter({ hasText: d })).toContainText('已于');
  await page.getByTestId('notice-dept').filter({ hasText: chosen[0] }).locator('.notice-dept-name').click();
  await expect(page.getByTestId('notice-preview')).toContainText('此项已于');
  await expect(page.getByTestId('notice-records')).toContainText(chosen[0]);
});

test('the first-run guide imports the shipped sample set in one click, and 帮助 explains the statuses', async ({ app: page }) => {
  const guide = page.getByTestId('first-run-guide');
  await expect(guide).toBeVisible();
  await guide.getByTestId('import-sample').click();
  await expect(page.getByTestId('import-progress')).toHaveAttribute('data-phase', 'done', { timeout: 120_000 });
  await expect(page.locator('[data-testid="document-row"][data-role="policy"]')).toHaveCount(1);
  expect(await page.locator('[data-testid="document-row"][data-role="submission"]').count()).toBeGreaterThan(20);
  await expect(guide).toHaveCount(0);

  await page.getByTestId('nav-help').click();
  const help = page.getByTestId('help-view');
  for (const word of ['按时', '逾期', '未报送', '即将到期', '未到期', '牵头单位', '默认报送截止日期']) await expect(help).toContainText(word);
});

test('a merge shows what it will change first, and its notice undoes exactly that merge', async ({ app: page }) => {
  await importSeed(page);
  await typeAsOf(page, '2022-01-31');
  await page.getByTestId('nav-departments').click();
  const rows = page.locator('[data-testid^="dept-row-"]');
  await expect(rows.first()).toBeVisible();
  const [keep, fold] = (await rows.evaluateAll((els) => els.slice(0, 2).map((e) => e.getAttribute('data-testid')!.slice('dept-row-'.length))));
  await page.getByTestId(`dept-row-${keep}`).getByRole('checkbox').check();
  await page.getByTestId(`dept-row-${fold}`).getByRole('checkbox').check();
  await page.getByTestId('merge-open').click();
  await page.getByTestId('merge-into').fill(keep);
  const preview = page.getByTestId('merge-preview');
  await expect(preview).toContainText(`${fold}：任务`);
  await expect(preview).toContainText(`→ ${keep}`);
  const promised = Number(await page.getByTestId('merge-preview-obligations').textContent());
  // Nothing has changed yet.
  await expect(page.getByTestId(`dept-row-${fold}`)).toHaveCount(1);

  await page.getByTestId('merge-go').click();
  await expect(page.getByTestId(`dept-row-${fold}`)).toHaveCount(0);
  await expect(page.getByTestId(`dept-row-${keep}`).locator('td').nth(3)).toHaveText(String(promised));

  await page.getByTestId('notice-action').filter({ hasText: '撤销' }).click();
  await expect(page.getByTestId(`dept-row-${fold}`)).toHaveCount(1);
  await expect(page.locator('.notice-success').filter({ hasText: '已撤销' })).toBeVisible();
});
