// The workbench as a clerk uses it on a 1366×768 laptop: the window names the workspace in Chinese; a notice
// (已导出、已更正…) sits in a strip under the view, so it hides no column of the matrix, closes with × and goes by itself;
// correcting a measure's departments, deciding on a report and counting a suggested passage say what they do.
import { join } from 'node:path';
import { expect, importThroughUi, ROOT, seededAsOf, shot, test } from './fixtures';

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

test('correcting a measure’s departments: a short form is pointed at the ledger’s name, a slip is said to be new, the list offers names after those typed', async ({ app: page }, testInfo) => {
  await seededAsOf(page, '2022-01-31');
  await page.getByTestId('nav-policy').click();
  await page.getByTestId('measure-edit-2').click();
  const editor = page.getByTestId('measure-editor-2');
  const support = editor.getByTestId('edit-support');
  await expect(support).toHaveValue('区民政局、区财政局');
  await expect(editor.getByTestId('edit-new-departments')).toHaveCount(0);

  // the choices offered while a second name is typed keep the first
  await support.fill('区民政局、区');
  const choices = await page.locator(`datalist#${await support.getAttribute('list')} option`).evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  expect(choices).toContain('区民政局、区财政局');
  expect(choices.every((c) => c.startsWith('区民政局、'))).toBe(true);
  expect(choices).not.toContain('区民政局、区民政局');

  // 区人社局 is the ledger's 区人力资源和社会保障局; 区人设局 is no body the ledger has
  await support.fill('区民政局、区人社局、区人设局');
  const notes = editor.getByTestId('edit-new-department');
  await expect(notes).toHaveCount(2);
  await expect(notes.nth(0)).toContainText('“区人社局”即台账中的“区人力资源和社会保障局”');
  await expect(notes.nth(1)).toContainText('“区人设局”不是台账中已有的部门');
  await notes.last().scrollIntoViewIfNeeded();
  await shot(page, testInfo, 'clerk-measure-departments');
  await editor.getByTestId('edit-use-ledger-name').click();
  await expect(support).toHaveValue('区民政局、区人力资源和社会保障局、区人设局');
  await expect(notes).toHaveCount(1);

  // corrected to the ledger's names, the slip taken out: saved, and the card shows them
  await support.fill('区民政局、区医保局');
  await expect(editor.getByTestId('edit-new-departments')).toHaveCount(0);
  await editor.getByTestId('edit-save').click();
  await expect(page.locator('.notice').filter({ hasText: '第2条已更正' })).toBeVisible();
  await expect(page.getByTestId('measure-2').locator('.chip-support')).toHaveText(['配合区民政局', '配合区医保局']);
});

test('deciding on a report: the button says what it records, what stops it is said beside the form, 退回 needs a report', async ({ app: page }, testInfo) => {
  await seededAsOf(page, '2022-01-31');
  await page.getByTestId('nav-matrix').click();
  await page.getByTestId('cell-27-区司法局').click();
  const panel = page.getByTestId('decision-panel');
  await expect(panel.getByTestId('decision-save')).toHaveText('记录办结');
  await panel.getByTestId('decision-kind').selectOption('returned');
  await expect(panel.getByTestId('decision-save')).toHaveText('记录退回');

  // no reason: said under the form, the reason's field marked, nothing recorded
  await panel.getByTestId('decision-save').click();
  await expect(panel.getByTestId('decision-problem')).toHaveText('退回需要写明理由，理由会写入下一次催办通知。');
  await expect(panel.getByTestId('decision-note')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('.notice')).toHaveCount(0);
  await expect(page.getByTestId('compare-decision')).toHaveCount(0);
  await shot(page, testInfo, 'clerk-return-needs-reason');

  // Enter after the reason records it, as the button does
  await panel.getByTestId('decision-note').fill('未写明具体举措');
  await panel.getByTestId('decision-note').press('Enter');
  await expect(page.getByTestId('compare-decision')).toContainText('退回');
  await expect(panel.getByTestId('decision-problem')).toHaveCount(0);

  // a task with no report received: nothing to send back
  await page.getByTestId('nav-matrix').click();
  await page.getByTestId('cell-5-区大数据中心').click();
  await expect(page.getByTestId('compare-status')).toHaveText('未报送');
  const returned = page.getByTestId('decision-kind').locator('option[value="returned"]');
  await expect(returned).toBeDisabled();
  await expect(returned).toHaveText('退回（尚未收到报告）');
});

test('a passage only resembling the measure is counted for it with one click, and becomes its evidence', async ({ app: page }, testInfo) => {
  await seededAsOf(page, '2022-01-31');
  // 区司法局's report on the rule of law shares 第27条's title (规范执法行为) but cites neither the policy nor the measure
  await importThroughUi(page, [join(ROOT, 'e2e', '__fixtures__', '区司法局法治政府建设情况报告.txt')], '落实报告');
  await page.getByTestId('nav-matrix').click();
  await page.getByTestId('cell-27-区司法局').click();
  const suggested = page.getByTestId('suggested-link');
  await expect(suggested).toHaveCount(1);
  await expect(suggested).toContainText('区司法局法治政府建设情况报告');
  await expect(page.getByTestId('evidence').filter({ hasText: '法治政府' })).toHaveCount(0);
  await suggested.getByTestId('suggested-link-count').click();
  await expect(page.locator('.notice').filter({ hasText: '已计入' })).toBeVisible();
  await expect(page.getByTestId('suggested-links')).toHaveCount(0);
  await expect(page.getByTestId('evidence').filter({ hasText: '区司法局法治政府建设情况报告' })).toHaveCount(1);
  await shot(page, testInfo, 'clerk-suggestion-counted');
});

test('the document number is shown whole while it is corrected', async ({ app: page }) => {
  await seededAsOf(page, '2022-01-31');
  await page.getByTestId('nav-policy').click();
  await page.getByTestId('edit-meta').click();
  const input = page.getByTestId('meta-doc-number');
  await expect(input).toHaveValue('市中政办发〔2021〕14号');
  const { scrollWidth, clientWidth } = await input.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
  expect(scrollWidth, 'the number runs past the box').toBeLessThanOrEqual(clientWidth);
});

test('the office writes the policy’s title: the ledger’s heading follows, and undo restores it', async ({ app: page }) => {
  await seededAsOf(page, '2022-01-31');
  await page.getByTestId('nav-policy').click();
  await page.getByTestId('edit-meta').click();
  const input = page.getByTestId('meta-title');
  await expect(input).toHaveValue(/放管服/);
  await input.fill('市中区深化放管服改革实施意见（更正）');
  await page.getByTestId('meta-save').click();
  await expect(page.locator('.notice').filter({ hasText: '政策信息已更正' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '市中区深化放管服改革实施意见（更正）' })).toBeVisible();
  await page.getByTestId('notice-action').filter({ hasText: '撤销' }).click();
  await expect(page.getByRole('heading', { name: /服务“六稳”“六保”/ })).toBeVisible();
});

test('correcting a deadline beside another: the editor says the latest decides, and the matrix follows it', async ({ app: page }) => {
  await seededAsOf(page, '2022-01-31');
  await page.getByTestId('nav-policy').click();
  await page.getByTestId('measure-edit-2').click();
  const editor = page.getByTestId('measure-editor-2');
  // 第2条: 2021年1月至12月 and 年内, both 2021年12月31日
  await expect(editor.getByTestId('edit-deadline')).toHaveCount(2);
  await expect(editor.getByTestId('edit-due-rule')).toContainText('有2个完成时限，按最晚的2021年12月31日判断是否逾期');
  // an earlier date typed into one changes nothing, and the editor says so
  await editor.getByTestId('edit-deadline-date-0').fill('2021-11-15');
  await editor.getByTestId('edit-deadline-date-0').press('Tab');
  await expect(editor.getByTestId('edit-due-rule')).toContainText('按最晚的2021年12月31日');
  // the other one removed: one deadline, nothing to say, and it decides
  await editor.getByTestId('edit-deadline').nth(1).getByRole('button', { name: '删除' }).click();
  await expect(editor.getByTestId('edit-due-rule')).toHaveCount(0);
  await editor.getByTestId('edit-save').click();
  await expect(page.locator('.notice').filter({ hasText: '第2条已更正' })).toBeVisible();
  await page.getByTestId('nav-matrix').click();
  await page.getByTestId('cell-2-区民政局').click();
  await expect(page.locator('.compare-meta')).toContainText('截止 2021年11月15日');
});

test('correcting a report’s senders: the list offers names after those typed, so a pick adds one', async ({ app: page }) => {
  await seededAsOf(page, '2022-01-31');
  await page.getByTestId('nav-documents').click();
  await page.getByTestId('document-row').filter({ hasText: '联合报告' }).getByTestId('correct-report').click();
  const field = page.getByTestId('correct-departments');
  await field.fill('区财政局、区');
  const choices = await page.locator(`datalist#${await field.getAttribute('list')} option`).evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  expect(choices).toContain('区财政局、区税务局');
  expect(choices.every((c) => c.startsWith('区财政局、'))).toBe(true);
});
