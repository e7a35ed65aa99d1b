// The workbench on the two screens the office has: a 1366×768 laptop and a 1920×1080 monitor.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, importThroughUi, POLICY_SEED, SEEDS, seededAsOf, shot, test } from './fixtures';

const SCREENS = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];

test('the top bar is one row, 文件 keeps its heading and kinds on one line, and the notice dialog keeps each department’s name whole, at 1366 and 1920 wide', async ({ app: page }, testInfo) => {
  await seededAsOf(page, '2022-01-31');

  // A first round of notices, so the second round's dialog says who was chased before and when.
  await page.getByTestId('export-notices').click();
  await expect(page.getByTestId('notice-dept').first()).toBeVisible();
  await Promise.all([page.waitForEvent('download'), page.getByTestId('export-notices-go').click()]);
  await expect(page.getByTestId('notice-preview')).toHaveCount(0);

  for (const screen of SCREENS) {
    await page.setViewportSize(screen);
    await page.getByTestId('nav-matrix').click();
    await expect(page.getByTestId('matrix')).toBeVisible();
    // One row: the workspace's name, the dates and the three exports side by side, the policy title cut short.
    const bar = (await page.locator('.top-bar').boundingBox())!;
    expect(bar.height, `top bar at ${screen.width}`).toBeLessThan(70);
    const exports = (await page.locator('.export-buttons').boundingBox())!;
    const name = (await page.getByTestId('workspace-name').boundingBox())!;
    expect(Math.abs(exports.y + exports.height / 2 - (bar.y + bar.height / 2)), `exports centred in the bar at ${screen.width}`).toBeLessThan(10);
    expect(name.y).toBeLessThan(bar.y + bar.height / 2);
    await shot(page, testInfo, `screen-${screen.width}-top-bar`);

    // 文件: the heading and each kind of file on one line, the list of formats wrapping beside them.
    await page.getByTestId('nav-documents').click();
    const kinds = page.getByRole('radiogroup', { name: '文件类型' }).locator('label');
    await expect(kinds).toHaveCount(3);
    for (const el of [page.locator('.import-head h2'), ...(await kinds.all())]) {
      const box = (await el.boundingBox())!;
      expect(box.height, `${await el.textContent()} at ${screen.width}`).toBeLessThan(34);
    }
    // 提示 is not squeezed beside a long file-name column on the wide screen
    if (screen.width >= 1920) {
      const hint = (await page.locator('.documents-table th.col-hint').boundingBox())!;
      const table = (await page.getByTestId('documents-table').boundingBox())!;
      expect(hint.width, '提示 at 1920').toBeGreaterThan(table.width * 0.2);
    }
    await shot(page, testInfo, `screen-${screen.width}-documents`);

    await page.getByTestId('export-notices').click();
    const rows = page.getByTestId('notice-dept');
    await expect(rows.first()).toContainText('催办');
    for (const row of (await rows.all()).slice(0, 8)) {
      const nameBox = (await row.locator('.notice-dept-name').boundingBox())!;
      const text = (await row.locator('.notice-dept-name').textContent()) ?? '';
      // 14 px type: one line is under 26 px tall.
      expect(nameBox.height, `${text} at ${screen.width}`).toBeLessThan(26);
      for (const whole of ['.muted', '.chased']) {
        const box = (await row.locator(whole).boundingBox())!;
        expect(box.height, `${text} ${whole} at ${screen.width}`).toBeLessThan(26);
      }
    }
    await shot(page, testInfo, `screen-${screen.width}-notice-dialog`);
    await page.getByRole('button', { name: '取消' }).click();
  }
});

test('the matrix fits a 1366×768 screen, decision marks and all: no sideways scrolling, the 未到 column whole', async ({ app: page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await seededAsOf(page, '2022-01-31');
  await page.getByTestId('nav-matrix').click();
  // a decision in several columns, each adding its mark (退, 延, 结) to the cell
  const decided = [
    ['7', '区发展和改革委员会', 'returned'],
    ['12', '区发展和改革委员会', 'extended'],
    ['26', '区市场监管局', 'closed'],
  ] as const;
  for (const [measure, department, kind] of decided) {
    await page.getByTestId(`cell-${measure}-${department}`).click();
    await page.getByTestId('decision-kind').selectOption(kind);
    if (kind === 'extended') {
      await page.getByTestId('decision-new-due').fill('2022-03-31');
      await page.getByTestId('decision-approver').fill('王主任');
    }
    await page.getByTestId('decision-note').fill('核对');
    await page.getByTestId('decision-save').click();
    await expect(page.getByTestId('compare-decision')).toBeVisible();
    await page.getByTestId('nav-matrix').click();
    await expect(page.getByTestId(`cell-${measure}-${department}`)).toHaveAttribute('data-decision', kind);
  }
  const scroll = page.locator('.matrix-scroll');
  const { scrollWidth, clientWidth } = await scroll.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
  expect(scrollWidth, 'the matrix scrolls sideways').toBeLessThanOrEqual(clientWidth);
  const last = (await page.locator('.matrix thead th').last().boundingBox())!;
  const box = (await scroll.boundingBox())!;
  expect(last.x + last.width).toBeLessThanOrEqual(box.x + box.width);
});

test('with two policies, the policy choice stays within its column: the 切换工作区 button never covers it, at 1024, 1366 and 1920 wide', async ({ app: page, workspaceDir }) => {
  // A policy with no 文号 is listed by its title, which can be long.
  const untitled = join(workspaceDir, '实施方案.txt');
  const seed = readFileSync(POLICY_SEED, 'utf8').replace(/^\S*〔\d{4}〕\d+号\s*$/m, '');
  writeFileSync(untitled, seed.replace(/^## .*实施意见$/m, '## 关于进一步加强本区城市公共消防安全和生活垃圾全程分类体系建设工作的实施意见'));
  await importThroughUi(page, [join(SEEDS, 'sample-2', 'policy.txt')], '政策文件');
  await importThroughUi(page, [untitled], '政策文件');
  const choice = page.locator('.policy-filter select');
  await expect(choice).toBeVisible();
  for (const width of [1024, 1366, 1920]) {
    await page.setViewportSize({ width, height: 768 });
    const select = (await choice.boundingBox())!;
    const button = (await page.getByRole('button', { name: '切换工作区' }).boundingBox())!;
    const column = (await page.locator('.top-bar .workspace').boundingBox())!;
    expect(select.x + select.width, `the choice ends within its column at ${width}`).toBeLessThanOrEqual(column.x + column.width + 0.5);
    const overlaps = select.x < button.x + button.width && button.x < select.x + select.width && select.y < button.y + button.height && button.y < select.y + select.height;
    expect(overlaps, `the button covers the choice at ${width}`).toBe(false);
  }
});
