// Every view checked by axe-core in a real browser: no serious or critical accessibility violations.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, importThroughUi, POLICY_SEED, sampleSubmissions, test } from './fixtures';

async function expectNoSeriousViolations(page: Page, where: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const serious = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('\n    ')}`);
  expect.soft(serious, `${where}\n${serious.join('\n')}`).toEqual([]);
}

test('the empty workspace and the help page', async ({ app: page }) => {
  await expect(page.getByTestId('first-run-guide')).toBeVisible();
  await expectNoSeriousViolations(page, '文件（空工作区）');
  await page.getByTestId('nav-help').click();
  await expect(page.getByTestId('help-view')).toBeVisible();
  await expectNoSeriousViolations(page, '帮助');
});

test('every view with the seed policy and reports', async ({ app: page }) => {
  await importThroughUi(page, [POLICY_SEED], '政策文件');
  await importThroughUi(page, sampleSubmissions(), '落实报告');
  await page.getByTestId('as-of').fill('2022-01-31');
  await page.getByTestId('as-of').press('Enter');
  await expect(page.getByTestId('date-fields')).toHaveAttribute('data-as-of', '2022-01-31');
  await expectNoSeriousViolations(page, '文件');

  await page.getByTestId('nav-policy').click();
  await expect(page.getByTestId('measure-1')).toBeVisible();
  await expectNoSeriousViolations(page, '政策');

  await page.getByTestId('nav-matrix').click();
  await expect(page.getByTestId('matrix')).toBeVisible();
  await expectNoSeriousViolations(page, '落实矩阵');
  await page.getByTestId('tab-list').click();
  await expect(page.getByTestId('overdue-row').first()).toBeVisible();
  await expectNoSeriousViolations(page, '缺报/逾期清单');
  await page.getByTestId('overdue-row').first().click();
  await expect(page.getByTestId('compare-department-name')).toBeVisible();
  await expectNoSeriousViolations(page, '对照');

  await page.getByTestId('nav-compare').click();
  await expect(page.getByTestId('compare-department')).toBeVisible();
  await expectNoSeriousViolations(page, '对照（选择）');

  await page.getByTestId('nav-search').click();
  await page.getByTestId('search-input').fill('养老');
  await page.getByTestId('search-input').press('Enter');
  await expect(page.getByTestId('search-hit').first()).toBeVisible();
  await expectNoSeriousViolations(page, '检索');

  await page.getByTestId('nav-departments').click();
  await expect(page.getByTestId('departments-table')).toBeVisible();
  await expectNoSeriousViolations(page, '部门');
  const boxes = page.locator('[data-testid^="dept-row-"] input[type="checkbox"]');
  await boxes.nth(0).check();
  await boxes.nth(1).check();
  await page.getByTestId('merge-open').click();
  await expect(page.getByTestId('merge-preview')).toBeVisible();
  await expectNoSeriousViolations(page, '合并部门名称');
  await page.keyboard.press('Escape');

  await page.getByTestId('nav-history').click();
  await expect(page.getByTestId('history-filters')).toBeVisible();
  await expectNoSeriousViolations(page, '历史');

  await page.getByTestId('nav-overview').click();
  await expect(page.getByTestId('chart-policies').locator('svg').first()).toBeVisible();
  await expectNoSeriousViolations(page, '总览');
  await page.getByTestId('ranking-row').first().getByTestId('department-link').click();
  await expect(page.getByTestId('department-page')).toBeVisible();
  await expectNoSeriousViolations(page, '部门页');

  await page.getByTestId('export-notices').click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectNoSeriousViolations(page, '导出催办通知');
});

test('keyboard users reach the content at once: a skip link first, and a view chosen from the keyboard takes the focus', async ({ app: page }) => {
  await importThroughUi(page, [POLICY_SEED], '政策文件');
  await page.getByTestId('nav-policy').click();
  await expect(page.getByTestId('measure-1')).toBeVisible();
  const inMain = () => page.evaluate(() => document.activeElement?.closest('main') !== null);

  // the skip link comes before the navigation, shown when reached; Enter puts the focus on the content
  await page.getByTestId('nav-overview').focus();
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByTestId('skip-link')).toBeFocused();
  await expect(page.getByTestId('skip-link')).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main#main-content')).toBeFocused();
  await page.keyboard.press('Tab');
  expect(await inMain()).toBe(true);

  // 政策 chosen from the navigation with the keyboard: one Tab on, the focus is in the policy's content
  await page.getByTestId('nav-documents').click();
  await page.getByTestId('nav-policy').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('measure-1')).toBeVisible();
  await expect(page.locator('main#main-content')).toBeFocused();
  await page.keyboard.press('Tab');
  expect(await inMain()).toBe(true);
});
