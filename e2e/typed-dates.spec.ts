// Every date the office enters is typed as it is written (2021年10月31日, 2021/9/20) in the same kind of box as the
// as-of date: the decision's date and new deadline, and the dates 历史 is filtered by.
import { expect, seededAsOf, shot, test } from './fixtures';

test('the decision and 历史 take dates typed in the office’s own forms, with no browser date box', async ({ app: page }, testInfo) => {
  await seededAsOf(page, '2022-01-31');
  await page.getByTestId('nav-matrix').click();

  await page.getByTestId('cell-27-区司法局').click();
  await expect(page.getByTestId('compare-status')).toHaveText('逾期报送');
  await page.getByTestId('decision-kind').selectOption('extended');
  const panel = page.getByTestId('decision-panel');
  // The browser's own date box shows its locale's pattern (mm/dd/yyyy on an English system): none is shown here.
  await expect(panel.locator('input[type="date"]:not(.date-input-picker)')).toHaveCount(0);
  await page.getByTestId('decision-date').fill('2021/9/20');
  await page.getByTestId('decision-new-due').fill('2021年10月31日');
  await page.getByTestId('decision-approver').fill('王主任');
  await page.getByTestId('decision-note').fill('系统改造推迟');
  await expect(page.getByTestId('decision-new-due')).toHaveValue('2021-10-31');
  await page.getByTestId('decision-save').click();
  await expect(page.getByTestId('compare-decision')).toHaveText('延期至2021年10月31日');
  await expect(page.getByTestId('compare-status')).toHaveText('按时报送');
  await expect(page.getByTestId('decision-list')).toContainText('2021年9月20日');
  // a wrong date is explained beside the box and nothing is saved
  await page.getByTestId('decision-new-due').fill('2021-02-30');
  await page.getByTestId('decision-new-due').press('Enter');
  await expect(page.getByTestId('decision-new-due-error')).toContainText('2021年2月没有30日');
  // and the box stays in line with the other boxes of the form
  const middle = async (testId: string) => {
    const box = (await page.getByTestId(testId).boundingBox())!;
    return box.y + box.height / 2;
  };
  expect(Math.abs((await middle('decision-new-due')) - (await middle('decision-date')))).toBeLessThan(2);
  expect(Math.abs((await middle('decision-new-due')) - (await middle('decision-approver')))).toBeLessThan(4);
  await shot(page, testInfo, 'typed-dates-decision');

  // 更正: a measure's deadline typed the same way
  await page.getByTestId('nav-policy').click();
  await page.getByTestId('measure-edit-27').click();
  const editor = page.getByTestId('measure-editor-27');
  await expect(editor.locator('input[type="date"]:not(.date-input-picker)')).toHaveCount(0);
  // the targets' box writes in the interface's face like every other box, not the browser's monospace
  const face = (testId: string) => editor.getByTestId(testId).evaluate((e) => getComputedStyle(e).fontFamily);
  expect(await face('edit-targets')).toBe(await face('edit-title'));
  await editor.getByTestId('edit-deadline-date-0').fill('2021.10.15');
  await editor.getByTestId('edit-save').click();
  await expect(page.getByTestId('measure-27')).toContainText('2021年10月15日');

  await page.getByTestId('nav-history').click();
  const filters = page.getByTestId('history-filters');
  await expect(filters.locator('input[type="date"]:not(.date-input-picker)')).toHaveCount(0);
  const rows = page.getByTestId('history-row');
  await expect(rows.first()).toBeVisible();
  const all = await rows.count();
  // Every record was made today: from a day next year, none; the box cleared, all of them again.
  const nextYear = String(new Date().getFullYear() + 1);
  await page.getByTestId('history-from').fill(`${nextYear}年1月1日`);
  await page.getByTestId('history-from').press('Enter');
  await expect(page.getByTestId('history-from')).toHaveValue(`${nextYear}-01-01`);
  await expect(rows).toHaveCount(0);
  await expect(page.getByText('没有符合条件的操作记录。')).toBeVisible();
  await page.getByTestId('history-from').fill('');
  await page.getByTestId('history-from').press('Enter');
  await expect(rows).toHaveCount(all);
  await expect(page.getByTestId('history-from-error')).toHaveCount(0);
  await shot(page, testInfo, 'typed-dates-history');
});
