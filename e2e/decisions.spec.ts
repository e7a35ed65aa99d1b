// The office's last word in the browser: correct a deadline, move a report, link one by hand, grant an
// extension, mark 办结 and 免报, undo each (Ctrl+Z or from 历史), and find every change in the 历史 view.
import type { Page } from '@playwright/test';
import { join } from 'node:path';
import { api, expect, importThroughUi, POLICY_SEED, SEEDS, test } from './fixtures';
import type { DocumentDetail, DocumentSummary } from '../shared/views';

const AS_OF = '2022-01-31';
const REPORTS = ['司法局落实情况报告1018.pdf', '应急局关于双随机一公开监管工作的报告.txt', '会议纪要（第12期）.docx', '关于放管服改革落实情况的报告（民政）.docx'].map((f) =>
  join(SEEDS, 'submissions', f),
);

async function prepare(page: Page) {
  await importThroughUi(page, [POLICY_SEED], '政策文件');
  await expect(page.getByTestId('import-result').first()).toHaveAttribute('data-ok', 'true');
  await importThroughUi(page, REPORTS, '落实报告');
  await expect(page.getByTestId('import-result')).toHaveCount(REPORTS.length);
  await page.getByTestId('as-of').fill(AS_OF);
  await expect(page.getByTestId('as-of')).toHaveValue(AS_OF);
}

const cell = (page: Page, measure: number, department: string) => page.getByTestId(`cell-${measure}-${department}`);

async function matrix(page: Page) {
  await page.getByTestId('nav-matrix').click();
  await expect(page.locator('[data-testid^="cell-"]').first()).toBeVisible();
}

/** Ctrl+Z with the focus outside any text field. */
async function undoKey(page: Page) {
  await page.getByTestId('nav-matrix').focus();
  await page.keyboard.press('Control+z');
  await expect(page.getByText(/^已撤销：/).last()).toBeVisible();
}

async function undoFromHistory(page: Page, summary: RegExp) {
  await page.getByTestId('nav-history').click();
  const row = page.locator('[data-testid="history-row"]:not([data-kind="undo"])').filter({ hasText: summary }).first();
  await row.getByTestId('history-undo').click();
  await expect(row).toHaveClass(/undone/);
}

test('corrections of the ledger and of reports change the matrix, and undo puts them back', async ({ app: page, server }) => {
  await prepare(page);
  await matrix(page);
  await expect(cell(page, 27, '区司法局')).toHaveAttribute('data-status', 'late');

  // a wrong deadline corrected in the ledger
  await page.getByTestId('nav-policy').click();
  await page.getByTestId('measure-edit-27').click();
  await page.getByTestId('edit-deadline-date-0').fill('2021-10-31');
  await page.getByTestId('edit-save').click();
  await expect(page.getByTestId('measure-27')).toContainText('2021年10月31日前');
  await matrix(page);
  await expect(cell(page, 27, '区司法局')).toHaveAttribute('data-status', 'on_time');
  await undoKey(page);
  await expect(cell(page, 27, '区司法局')).toHaveAttribute('data-status', 'late');

  // a report filed under the wrong department moved to another
  await expect(cell(page, 26, '区市场监管局')).toHaveAttribute('data-status', 'missing');
  await page.getByTestId('nav-documents').click();
  await page.getByTestId('document-row').filter({ hasText: '应急局关于双随机' }).getByTestId('correct-report').click();
  await page.getByTestId('correct-departments').fill('区市场监管局');
  await page.getByTestId('correct-save').click();
  await expect(page.getByText('报告已更正')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('document-row').filter({ hasText: '应急局关于双随机' })).toContainText('区市场监管局');
  await matrix(page);
  await expect(cell(page, 26, '区市场监管局')).toHaveAttribute('data-status', 'on_time');

  // a report linked by hand to a measure, with the passage that answers it
  const docs = await api<DocumentSummary[]>(page, server, 'documents/list');
  const minutes = docs.find((d) => d.fileName.startsWith('会议纪要'))!;
  const detail = await api<DocumentDetail>(page, server, 'documents/get', { id: minutes.id });
  const passage = detail.paragraphs.find((p) => p.text.length > 30)!;
  await expect(cell(page, 3, '区教体局')).toHaveAttribute('data-status', 'missing');
  await page.getByTestId('nav-documents').click();
  await page.getByTestId('document-row').filter({ hasText: '会议纪要' }).getByTestId('correct-report').click();
  await page.getByTestId('link-measure').selectOption('3');
  await page.getByTestId('link-paragraph').selectOption(String(passage.index));
  await page.getByTestId('link-save').click();
  await expect(page.getByTestId('report-link')).toContainText('第3条');
  await page.keyboard.press('Escape');
  await matrix(page);
  await expect(cell(page, 3, '区教体局')).toHaveAttribute('data-status', 'on_time');
  await cell(page, 3, '区教体局').click();
  await expect(page.getByTestId('compare-status')).toHaveText('按时报送');
  await expect(page.getByTestId('evidence').first()).toContainText(passage.text.slice(0, 20));
  await expect(page.getByTestId('linked-paragraph').first()).toContainText(passage.text.slice(0, 20));

  // both undone from the 历史 view, the later first
  await undoFromHistory(page, /关联到第3条/);
  await undoFromHistory(page, /更正「应急局/);
  await matrix(page);
  await expect(cell(page, 3, '区教体局')).toHaveAttribute('data-status', 'missing');
  await expect(cell(page, 26, '区市场监管局')).toHaveAttribute('data-status', 'missing');
});

test('decisions: an extension judged against the new date, 办结 and 免报, each undone, all in 历史', async ({ app: page }) => {
  await prepare(page);
  await matrix(page);

  // 延期: the late response is judged against the new date
  await cell(page, 27, '区司法局').click();
  await expect(page.getByTestId('compare-status')).toHaveText('逾期报送');
  // a ledger looked at as of a past day: a decision is dated that day, not today
  await expect(page.getByTestId('decision-date')).toHaveValue(AS_OF);
  await page.getByTestId('decision-kind').selectOption('extended');
  await page.getByTestId('decision-date').fill('2021-09-20');
  await page.getByTestId('decision-new-due').fill('2021-10-31');
  await page.getByTestId('decision-approver').fill('王主任');
  await page.getByTestId('decision-note').fill('系统改造推迟');
  await page.getByTestId('decision-save').click();
  await expect(page.getByTestId('compare-decision')).toHaveText('延期至2021年10月31日');
  await expect(page.getByTestId('compare-status')).toHaveText('按时报送');
  await matrix(page);
  await expect(cell(page, 27, '区司法局')).toHaveAttribute('data-status', 'on_time');
  await expect(cell(page, 27, '区司法局')).toHaveAttribute('data-decision', 'extended');

  // 办结
  await cell(page, 21, '区民政局').click();
  await page.getByTestId('decision-kind').selectOption('closed');
  await page.getByTestId('decision-note').fill('改革已完成');
  await page.getByTestId('decision-save').click();
  await expect(page.getByTestId('compare-decision')).toHaveText('办结');

  // 免报: the reported status stays, the decision is marked, it leaves the totals
  await matrix(page);
  const missingBefore = await page.getByTestId('total-missing-1').textContent();
  await cell(page, 1, '区市场监管局').click();
  await page.getByTestId('decision-kind').selectOption('exempt');
  await page.getByTestId('decision-note').fill('不涉及本单位职责');
  await page.getByTestId('decision-save').click();
  await expect(page.getByTestId('compare-decision')).toHaveText('免报');
  await expect(page.getByTestId('compare-status')).toHaveText('未报送');
  await matrix(page);
  await expect(cell(page, 1, '区市场监管局')).toHaveAttribute('data-decision', 'exempt');
  await expect(cell(page, 21, '区民政局')).toHaveAttribute('data-decision', 'closed');

  // the 历史 view lists every decision; each is undone
  await page.getByTestId('nav-history').click();
  await page.getByTestId('history-kind').selectOption('decision');
  await expect(page.getByTestId('history-row')).toHaveCount(3);
  await expect(page.getByTestId('history-table')).toContainText('延期至2021年10月31日');
  await expect(page.getByTestId('history-table')).toContainText('办结');
  await expect(page.getByTestId('history-table')).toContainText('免报');
  await page.getByTestId('history-kind').selectOption('');
  await undoKey(page); // 免报
  await undoFromHistory(page, /办结/);
  await undoFromHistory(page, /延期至/);
  await matrix(page);
  await expect(cell(page, 27, '区司法局')).toHaveAttribute('data-status', 'late');
  await expect(cell(page, 27, '区司法局')).not.toHaveAttribute('data-decision', /.+/);
  await expect(cell(page, 21, '区民政局')).not.toHaveAttribute('data-decision', /.+/);
  await expect(cell(page, 1, '区市场监管局')).not.toHaveAttribute('data-decision', /.+/);
  expect(await page.getByTestId('total-missing-1').textContent()).toBe(missingBefore);
  await page.getByTestId('nav-history').click();
  await page.getByTestId('history-kind').selectOption('undo');
  await expect(page.getByTestId('history-row')).toHaveCount(3);
});
