// 对照 as of a date: a report dated after it is shown with the reason the status does not count it.
import { expect, seededAsOf, shot, test } from './fixtures';

test('a report dated after the as-of date says it is not counted; one dated before says nothing', async ({ app: page }, testInfo) => {
  await seededAsOf(page, '2022-01-31');
  await page.getByTestId('nav-matrix').click();

  // 大数据中心工作汇报.txt has no date of its own: it stands on the day it was imported, after 2022-01-31.
  await page.getByTestId('cell-24-区大数据中心').click();
  await expect(page.locator('.response-title')).toHaveText(/^大数据中心工作汇报(?!\.txt)/);
  await expect(page.getByTestId('response-not-counted')).toHaveText('晚于统计截止日期，本次统计不计入');
  await shot(page, testInfo, 'compare-not-counted');

  // negative: a report of 2021-09-30 answering 第7条 is counted, with no such words
  await page.getByTestId('nav-matrix').click();
  await page.getByTestId('cell-7-区行政审批服务局').click();
  await expect(page.locator('.response-title').first()).toBeVisible();
  await expect(page.getByTestId('response-not-counted')).toHaveCount(0);
  // the report is named as the exports cite it: its title in 《》, no extension, in the 依据 line and over its passages
  await expect(page.getByTestId('evidence').first()).toContainText('《区行政审批服务局关于中介超市和告知承诺制工作的报告》');
  await expect(page.locator('.response-title').first()).toContainText('《区行政审批服务局关于中介超市和告知承诺制工作的报告》');
  await expect(page.locator('[data-testid="evidence"], .response-title')).not.toContainText(['.pdf']);

  // the same report counts once the as-of date is after it
  const today = new Date().toISOString().slice(0, 10).replace(/^(\d{4})/, (y) => String(Number(y) + 1));
  await page.getByTestId('as-of').fill(today);
  await page.getByTestId('as-of').press('Enter');
  await page.getByTestId('nav-matrix').click();
  await page.getByTestId('cell-24-区大数据中心').click();
  await expect(page.locator('.response-title')).toHaveText(/^大数据中心工作汇报(?!\.txt)/);
  await expect(page.getByTestId('response-not-counted')).toHaveCount(0);
});
