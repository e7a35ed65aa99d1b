// The office's hand on real reports: a report sent back still shows when it came, and each correction's
// notice takes it back with 撤销 — the decision, the policy a report was placed on.
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, importRealPairs, importThroughUi, PAIRS, test } from './fixtures';

const AS_OF = '2025-07-31';

/** 谯城区's 2025 task table with its two reports, and 赤壁市's 2021 one with its own, in one workspace. */
function importPairs(page: Page, dir: string): Promise<void> {
  return importRealPairs(page, dir, { 'qiaocheng-2025': '谯城区2025年政府工作报告重点工作任务分解表.txt', 'chibi-2021': '赤壁市2021年重点工作责任分解.txt' }, [
    'qiaocheng-2025/reports/qiaocheng-education-division.txt',
    'qiaocheng-2025/reports/qiaocheng-indicator-progress.txt',
    'chibi-2021/reports/chibi-midyear-2021.txt',
  ], AS_OF);
}

async function choosePolicy(page: Page, part: string): Promise<void> {
  const choice = page.getByTestId('policy-filter');
  const label = (await choice.locator('option').allTextContents()).find((t) => t.includes(part))!;
  await choice.selectOption({ label });
}

test('a real report sent back still says when it came, in the comparison, the matrix and its list; 撤销 on the notice takes the 退回 back', async ({ app: page, workspaceDir }) => {
  await importPairs(page, workspaceDir);
  await choosePolicy(page, '谯城区2025年政府工作报告');
  await page.getByTestId('nav-matrix').click();
  const cell = page.getByTestId('cell-3-区教育局');
  await expect(cell).toHaveAttribute('data-status', 'on_time');
  await cell.click();
  await expect(page.getByTestId('compare-responded')).toHaveText('报送 2025年6月13日');

  await page.getByTestId('decision-kind').selectOption('returned');
  await page.getByTestId('decision-date').fill('2025-07-01');
  await page.getByTestId('decision-date').press('Enter');
  await page.getByTestId('decision-note').fill('只报了学校建设，未报固定资产投资完成额');
  await page.getByTestId('decision-save').click();
  await expect(page.getByTestId('compare-decision')).toHaveText('退回');
  // the duty counts as unanswered (its day, the default 2025年12月31日, still to come), yet the office still sees
  // that a report came, and on which day
  await expect(page.getByTestId('compare-status')).toHaveText('未到期');
  await expect(page.getByTestId('compare-responded')).toHaveText('报送 —（2025年6月13日的报告已退回）');

  await page.getByTestId('nav-matrix').click();
  await expect(cell).toHaveAttribute('data-status', 'pending');
  await expect(cell).toHaveAttribute('title', /报送 —（2025年6月13日的报告已退回）/);
  await cell.focus();
  await expect(page.getByTestId('cell-detail-responded')).toHaveText('报送 —（2025年6月13日的报告已退回）');

  // the notice of the 退回 carries 撤销, which takes back that decision
  const notice = page.locator('.notice-success').filter({ hasText: '已记录：退回' });
  await notice.getByTestId('notice-action').filter({ hasText: '撤销' }).click();
  await expect(page.locator('.notice-success').filter({ hasText: '已撤销' })).toBeVisible();
  await expect(cell).toHaveAttribute('data-status', 'on_time');
  await expect(cell).not.toHaveAttribute('title', /退回/);
});

test('a real report left unplaced is placed on a policy by hand, and 撤销 on the notice leaves it unplaced again', async ({ app: page, workspaceDir }) => {
  await importPairs(page, workspaceDir);
  // a city's progress table naming no body, no date and no policy: neither workspace policy is read as its own
  await importThroughUi(page, [join(PAIRS, 'wuhu-2025', 'reports', 'wuhu-key-work-q1-2025.txt')], '落实报告');
  await page.getByTestId('nav-documents').click();
  const row = page.locator('[data-testid="document-row"][data-file="wuhu-key-work-q1-2025.txt"]');
  await expect(row.getByTestId('document-policy-none')).toBeVisible();
  await expect(row.getByTestId('document-corrected')).toHaveCount(0);
  await row.getByTestId('attribute-report').click();
  // the dialog says why the report was left on no policy, with what its reading found wanting
  const why = page.getByTestId('unplaced-why');
  await expect(why).toContainText('所以未对应任何政策');
  await expect(why).toContainText('未能识别报送单位');
  await page.getByTestId('attribution-choices').locator('label', { hasText: '谯城区2025年政府工作报告' }).locator('input').check();
  await page.getByTestId('attribute-save').click();
  await expect(row.getByTestId('document-policy')).toHaveAttribute('data-basis', /.+/);
  await expect(row.getByTestId('document-policy-none')).toHaveCount(0);
  // the report is marked as corrected by the office beside its name, not under a 部门 it was never given
  await expect(row.getByTestId('document-corrected')).toHaveText(' · 已由督查室更正');
  await expect(row.locator('td').nth(2)).toHaveText('—');
  await row.getByTestId('attribute-report').click();
  await expect(page.getByTestId('unplaced-why')).toHaveCount(0);
  await page.getByRole('button', { name: '取消' }).click();

  const notice = page.locator('.notice-success').filter({ hasText: '已更正报告对应的政策' });
  await notice.getByTestId('notice-action').filter({ hasText: '撤销' }).click();
  await expect(page.locator('.notice-success').filter({ hasText: '已撤销' })).toBeVisible();
  await expect(row.getByTestId('document-policy-none')).toBeVisible();
});

test('with one policy chosen, the reminder notices are that policy’s alone and carry it in their name; with 全部政策 they cover both', async ({ app: page, workspaceDir }) => {
  await importPairs(page, workspaceDir);
  const box = page.getByTestId('as-of');
  await box.fill('2026-01-15');
  await box.press('Enter');
  await expect(page.getByTestId('date-fields')).toHaveAttribute('data-as-of', '2026-01-15');
  await choosePolicy(page, '谯城区2025年政府工作报告');

  await page.getByTestId('export-notices').click();
  await expect(page.getByTestId('notice-scope')).toContainText('为《谯城区2025年政府工作报告重点工作任务分解表》截至 2026年1月15日');
  const names = page.getByTestId('notice-dept').locator('.notice-dept-name');
  await expect(names.first()).toBeVisible();
  const qiaocheng = await names.allTextContents();
  expect(qiaocheng).toContain('区发改委');
  // 赤壁市's departments owe nothing on 谯城区's table
  expect(qiaocheng.filter((d) => d.startsWith('市'))).toEqual([]);
  await expect(page.getByTestId('notice-preview')).toContainText('谯城区2025年政府工作报告重点工作任务分解表');
  await expect(page.getByTestId('notice-preview')).not.toContainText('赤壁');
  const [one] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-notices-go').click()]);
  expect(one.suggestedFilename()).toBe('催办通知-谯城区2025年政府工作报告重点工作任务分解表-2026-01-15.docx');

  await page.getByTestId('policy-filter').selectOption('all');
  await page.getByTestId('export-notices').click();
  await expect(page.getByTestId('notice-scope')).toContainText('在各项政策中有未报送或逾期任务的部门');
  await expect(names.first()).toBeVisible();
  const all = await names.allTextContents();
  expect(all).toEqual(expect.arrayContaining(['区发改委', '市发改局']));
  const [both] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-notices-go').click()]);
  expect(both.suggestedFilename()).toBe('催办通知-2026-01-15.docx');
});

test('a 退回 recorded on 2025年7月1日 holds in the matrix as of July’s end, not as of June’s, and the comparison says why', async ({ app: page, workspaceDir }) => {
  await importPairs(page, workspaceDir);
  await choosePolicy(page, '谯城区2025年政府工作报告');
  await page.getByTestId('nav-matrix').click();
  const cell = page.getByTestId('cell-3-区教育局');
  await cell.click();
  await page.getByTestId('decision-kind').selectOption('returned');
  // a date past the as-of day is said to fall outside the ledger shown, before it is recorded
  await page.getByTestId('decision-date').fill('2025-08-05');
  await page.getByTestId('decision-date').press('Enter');
  await expect(page.getByTestId('decision-after-as-of')).toContainText('日期晚于统计截止日期（2025年7月31日）');
  await page.getByTestId('decision-date').fill('2025-07-01');
  await page.getByTestId('decision-date').press('Enter');
  await expect(page.getByTestId('decision-after-as-of')).toHaveCount(0);
  await page.getByTestId('decision-note').fill('未报固定资产投资完成额');
  await page.getByTestId('decision-save').click();
  await expect(page.getByTestId('compare-decision')).toHaveText('退回');

  const asOf = async (date: string) => {
    const box = page.getByTestId('as-of');
    await box.fill(date);
    await box.press('Enter');
    await expect(page.getByTestId('date-fields')).toHaveAttribute('data-as-of', date);
  };
  await asOf('2025-06-30');
  await page.getByTestId('nav-matrix').click();
  await expect(cell).toHaveAttribute('data-status', 'on_time');
  await expect(cell).not.toHaveAttribute('title', /退回/);
  await cell.click();
  await expect(page.getByTestId('compare-decision')).toHaveCount(0);
  await expect(page.getByTestId('compare-responded')).toHaveText('报送 2025年6月13日');
  await expect(page.getByTestId('decision-list').locator('li[data-after-as-of]')).toContainText('晚于统计截止日期，此日未计');

  await asOf('2025-07-31');
  await page.getByTestId('nav-matrix').click();
  await expect(cell).toHaveAttribute('data-status', 'pending');
  await expect(cell).toHaveAttribute('title', /决定：退回/);
});
