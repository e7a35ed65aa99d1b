// Two real policies and the reports that answer them, used as an office would: 总览 in a narrow window, its
// dates, and the exports of each policy on the same day.
import type { Page } from '@playwright/test';
import { expect, importRealPairs, shot, test } from './fixtures';

const AS_OF = '2025-06-30';
const AS_OF_WORDS = '2025年6月30日';
const ISO_DATE = /\d{4}-\d{2}-\d{2}/;

/** The two policies under the names an office would give them, and their reports as stored. */
function importPairs(page: Page, dir: string): Promise<void> {
  return importRealPairs(page, dir, { 'qiaocheng-2025': '谯城区2025年政府工作报告重点工作任务分解表.txt', 'luan-2022': '六安市2022年重点工作及责任清单.txt' }, [
    'qiaocheng-2025/reports/qiaocheng-education-division.txt',
    'qiaocheng-2025/reports/qiaocheng-indicator-progress.txt',
    'luan-2022/reports/luan-key-work-midyear-2022.txt',
  ], AS_OF);
}

test('总览 of two real policies writes its dates as 年月日 and keeps every column heading whole at 1024, 1280 and 1366 wide', async ({ app: page, workspaceDir }, testInfo) => {
  await importPairs(page, workspaceDir);
  await page.getByTestId('nav-overview').click();
  const overview = page.getByTestId('overview');
  await expect(overview.locator('.as-of-note')).toHaveText(`截至 ${AS_OF_WORDS}`);
  await expect(page.getByTestId('policy-row')).toHaveCount(2);
  await expect(page.getByTestId('trend-table').locator('tbody tr').last()).toContainText(AS_OF_WORDS);
  for (const table of ['trend-table', 'upcoming-7', 'upcoming-30']) await expect(page.getByTestId(table)).not.toContainText(ISO_DATE);

  for (const width of [1024, 1280, 1366]) {
    await page.setViewportSize({ width, height: 768 });
    const heads = overview.locator('thead th');
    await expect(heads.first()).toBeVisible();
    const cut = await heads.evaluateAll((ths) =>
      ths.filter((th) => th.getClientRects().length > 0 && th.scrollWidth > th.clientWidth + 1).map((th) => th.textContent),
    );
    expect(cut, `headings cut at ${width} wide`).toEqual([]);
    if (width === 1024) await shot(page, testInfo, 'real-pairs-overview-1024');
  }
});

test('a table heading of 总览 scrolled under the top bar sticks to the view’s very edge, no rows showing above it', async ({ app: page, workspaceDir }, testInfo) => {
  await importPairs(page, workspaceDir);
  await page.getByTestId('nav-overview').click();
  await page.setViewportSize({ width: 1024, height: 600 });
  const view = page.locator('.view').first();
  const table = page.getByTestId('policy-row').first().locator('xpath=ancestor::table');
  const head = table.locator('thead th').first();
  await expect(head).toBeVisible();
  // scroll the view until the policies' table starts 40 px above its top edge: its heading has stuck
  const edgeOf = () => view.evaluate((v) => v.getBoundingClientRect().top);
  const topOf = (l: typeof table) => l.evaluate((e) => e.getBoundingClientRect().top);
  const by = (await topOf(table)) - (await edgeOf()) + 40;
  await view.evaluate((v, dy) => v.scrollBy(0, dy), by);
  const edge = await edgeOf();
  expect(await topOf(table), 'the table starts above the view’s edge').toBeLessThan(edge);
  expect(Math.abs((await topOf(head)) - edge), 'the stuck heading’s distance from the view’s top edge').toBeLessThanOrEqual(1);
  await shot(page, testInfo, 'real-pairs-overview-scrolled');
});

test('the report and the workbook of each real policy exported on one day carry the policy in their names', async ({ app: page, workspaceDir }) => {
  await importPairs(page, workspaceDir);
  const choice = page.getByTestId('policy-filter');
  const names: string[] = [];
  for (const [option, part] of [
    ['谯城区2025年政府工作报告', '谯城区2025年政府工作报告重点工作任务分解表'],
    ['2022年重点工作及责任清单', '2022年重点工作及责任清单'],
  ] as const) {
    const label = (await choice.locator('option').allTextContents()).find((t) => t.includes(option))!;
    await choice.selectOption({ label });
    const [report] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-report').click()]);
    expect(report.suggestedFilename()).toBe(`督查报告-${part}-${AS_OF}.docx`);
    const [book] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-xlsx').click()]);
    expect(book.suggestedFilename()).toBe(`落实情况-${part}-${AS_OF}.xlsx`);
    names.push(report.suggestedFilename(), book.suggestedFilename());
  }
  expect(new Set(names).size).toBe(4);

  // Across both, the bulletin names no one policy.
  await choice.selectOption({ index: 0 });
  const [bulletin] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-report').click()]);
  expect(bulletin.suggestedFilename()).toBe(`督查通报-${AS_OF}.docx`);
});

test('a report with no date of its own is shown as counted on the day it was imported, and says so', async ({ app: page, workspaceDir }) => {
  await importPairs(page, workspaceDir);
  // 六安's mid-year table names no date: as of a day after its import it counts as reported on the import's day
  const box = page.getByTestId('as-of');
  await box.fill('2099-12-31');
  await box.press('Enter');
  await expect(page.getByTestId('date-fields')).toHaveAttribute('data-as-of', '2099-12-31');
  const choice = page.getByTestId('policy-filter');
  const label = (await choice.locator('option').allTextContents()).find((t) => t.includes('2022年重点工作及责任清单'))!;
  await choice.selectOption({ label });
  await page.getByTestId('nav-matrix').click();
  const cell = page.getByTestId('cell-1-市政府办');
  await expect(cell).toHaveAttribute('data-status', 'late');
  await expect(cell).toHaveAttribute('title', /报送 \d{4}年\d{1,2}月\d{1,2}日（导入日期，报告未写日期）/);
});
