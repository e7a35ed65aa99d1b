// The whole workbench in browser mode: import the seed policy and the sample reports through the UI, read the
// matrix, open a comparison, search, merge and split department names, export.
import type { Page } from '@playwright/test';
import type { ComplianceResult } from '../shared/types';
import { api, expect, importThroughUi, POLICY_SEED, sampleSubmissions, shot, test } from './fixtures';

const AS_OF = '2022-01-31';

async function setAsOf(page: Page, date: string) {
  await page.getByTestId('as-of').fill(date);
  await page.getByTestId('as-of').press('Enter');
  await expect(page.getByTestId('as-of')).toHaveValue(date);
  // Saved, and every view now computes as of it.
  await expect(page.getByTestId('date-fields')).toHaveAttribute('data-as-of', date);
}

async function importAll(page: Page) {
  await importThroughUi(page, [POLICY_SEED], '政策文件');
  await expect(page.getByTestId('import-result')).toHaveCount(1);
  await expect(page.getByTestId('import-result').first()).toHaveAttribute('data-ok', 'true');
  const reports = sampleSubmissions();
  test.skip(reports.length === 0, 'seeds/submissions 里还没有样例报告');
  await importThroughUi(page, reports, '落实报告');
  await expect(page.getByTestId('import-result')).toHaveCount(reports.length);
  return reports;
}

/** Reads every matrix cell the UI shows: measure|department → status. */
async function readMatrix(page: Page): Promise<Map<string, string>> {
  const cells = await page.locator('[data-testid^="cell-"][data-status]').evaluateAll((els) =>
    els.map((el) => [el.getAttribute('data-testid')!.slice('cell-'.length), el.getAttribute('data-status')!] as const),
  );
  const map = new Map<string, string>();
  for (const [key, status] of cells) {
    const dash = key.indexOf('-');
    if (status !== 'none') map.set(`${key.slice(0, dash)}|${key.slice(dash + 1)}`, status);
  }
  return map;
}

test('imports the seed policy and reports, and the matrix shows what the workspace computed', async ({ app: page, server }, testInfo) => {
  const reports = await importAll(page);
  // Every file gets a line; failures name their file and say why.
  for (const row of await page.getByTestId('import-result').all()) {
    if ((await row.getAttribute('data-ok')) === 'false') await expect(row.locator('.result-text')).not.toBeEmpty();
  }
  await expect(page.getByTestId('document-row')).toHaveCount(
    1 + (await page.locator('[data-testid="import-result"][data-ok="true"]').count()),
  );
  await shot(page, testInfo, '01-documents');

  await setAsOf(page, AS_OF);
  await page.getByTestId('nav-policy').click();
  await expect(page.getByTestId('measure-1')).toBeVisible();
  await expect(page.locator('.chip-lead').first()).toBeVisible();
  // a target is shown with what it measures, not its figure alone
  await expect(page.getByTestId('measure-24').getByTestId('measure-target')).toHaveText(['指标各级政务服务大厅综合窗口事项通办比例不低于90%']);
  await shot(page, testInfo, '02-policy');

  await page.getByTestId('nav-matrix').click();
  await expect(page.getByTestId('matrix')).toBeVisible();
  const shown = await readMatrix(page);
  const computed = await api<ComplianceResult>(page, server, 'compliance/matrix', { asOf: AS_OF });
  const expected = new Map(computed.obligations.map((o) => [`${o.measure}|${o.department}`, o.status]));
  expect(shown).toEqual(expected);
  const statuses = new Set(shown.values());
  expect(statuses.has('on_time')).toBe(true);
  expect(statuses.has('missing')).toBe(true);
  expect(reports.length).toBeGreaterThan(0);
  await shot(page, testInfo, '03-matrix');

  // Totals per measure column agree with the cells.
  const firstMeasure = computed.obligations[0].measure;
  const missingInColumn = computed.obligations.filter((o) => o.measure === firstMeasure && o.status === 'missing').length;
  await expect(page.getByTestId(`total-missing-${firstMeasure}`)).toHaveText(missingInColumn ? String(missingInColumn) : '');

  // Status filter: only missing cells remain.
  await page.getByTestId('filter-status-missing').click();
  await expect(page.locator('[data-testid^="cell-"][data-status="on_time"]')).toHaveCount(0);
  await expect(page.locator('[data-testid^="cell-"][data-status="missing"]')).toHaveCount(
    computed.obligations.filter((o) => o.status === 'missing').length,
  );
  await page.getByTestId('filter-status-missing').click();

  // The list of missing and late duties.
  await page.getByTestId('tab-list').click();
  await expect(page.getByTestId('overdue-row')).toHaveCount(
    computed.obligations.filter((o) => o.status === 'missing' || o.status === 'late').length,
  );
  await shot(page, testInfo, '04-overdue-list');
});

test('opens a comparison from a matrix cell and steps through the department’s duties', async ({ app: page, server }, testInfo) => {
  await importAll(page);
  await setAsOf(page, AS_OF);
  await page.getByTestId('nav-matrix').click();
  const onTime = page.locator('[data-testid^="cell-"][data-status="on_time"]').first();
  const id = (await onTime.getAttribute('data-testid'))!.slice('cell-'.length);
  const department = id.slice(id.indexOf('-') + 1);
  await onTime.click();

  await expect(page.getByTestId('compare-department-name')).toHaveText(department);
  await expect(page.getByTestId('compare-status')).toHaveText('按时报送');
  // An on-time duty was answered by a report: the answering paragraphs are shown, highlighted.
  await expect(page.getByTestId('linked-paragraph').first()).toBeVisible();
  // each answering paragraph says which sentence of the measure it answers by that sentence's own opening words,
  // which the reader finds in the measure text (no count of sentences the text does not number)
  const measureText = (await page.getByTestId('pane-measure').locator('p.sentence').allTextContents()).join('');
  const tags = await page.getByTestId('align-tag').allTextContents();
  expect(tags.length).toBeGreaterThan(0);
  for (const tag of tags) {
    expect(tag).not.toMatch(/第\d+句/);
    expect(measureText).toContain(/^对应“(.+?)…?”$/.exec(tag)![1].replace(/…$/, ''));
  }
  await shot(page, testInfo, '05-compare');

  const measure = Number(id.slice(0, id.indexOf('-')));
  const view = await api<{ siblings: number[] }>(page, server, 'compliance/compare', { measure, department, asOf: AS_OF });
  const at = view.siblings.indexOf(measure);
  if (at < view.siblings.length - 1) {
    await page.getByTestId('compare-next').click();
    await expect(page.locator('.compare-title .measure-no')).toHaveText(`第${view.siblings[at + 1]}条`);
    await page.getByTestId('compare-prev').click();
    await expect(page.locator('.compare-title .measure-no')).toHaveText(`第${measure}条`);
  } else {
    await expect(page.getByTestId('compare-next')).toBeDisabled();
  }
});

test('finds a two-character word and filters by document type', async ({ app: page }, testInfo) => {
  await importAll(page);
  await page.getByTestId('nav-search').click();
  await page.getByTestId('search-input').fill('养老');
  await page.getByTestId('search-input').press('Enter');
  await expect(page.getByTestId('search-hit').first()).toBeVisible();
  await expect(page.locator('[data-testid="search-hit"] .mark-match').first()).toHaveText('养老');
  await shot(page, testInfo, '06-search');

  await page.getByTestId('search-role').selectOption('policy');
  await expect(page.getByTestId('search-hit').first()).toBeVisible();
  const tags = await page.locator('[data-testid="search-hit"] .tag').allTextContents();
  expect(tags.every((t) => t === '政策文件')).toBe(true);

  await page.getByTestId('search-input').fill('信用');
  await page.getByTestId('search-input').press('Enter');
  await expect(page.locator('[data-testid="search-hit"] .mark-match').first()).toHaveText('信用');

  // a phrase jieba splits: marked whole, each document once with its paragraphs under it, its sender and date shown
  await page.getByTestId('search-role').selectOption('');
  await page.getByTestId('search-input').fill('12月底前');
  await page.getByTestId('search-input').press('Enter');
  // the count reads 份文件 for the last search too: wait for this one's marks before reading them
  await expect(page.locator('[data-testid="search-hit"] .mark-match').filter({ hasText: '12月底前' }).first()).toBeVisible();
  await expect(page.getByTestId('search-count')).toContainText('份文件');
  const marks = await page.locator('[data-testid="search-hit"] .mark-match').allTextContents();
  expect(marks).toContain('12月底前');
  const paragraphsWithLoneMark = await page.getByTestId('search-paragraph').evaluateAll((ps) =>
    ps.filter((p) => [...p.querySelectorAll('.mark-match')].some((m) => m.textContent === '前' && (m.nextSibling?.textContent ?? '').startsWith('期'))).length,
  );
  expect(paragraphsWithLoneMark).toBe(0);
  const names = await page.locator('[data-testid="search-hit"] .file-name').allTextContents();
  expect(new Set(names).size).toBe(names.length);
  expect(await page.getByTestId('search-paragraph').count()).toBeGreaterThanOrEqual(names.length);
  const report = page.getByTestId('search-hit').filter({ hasText: '落实报告' }).first();
  await expect(report.getByTestId('search-hit-department')).toHaveText(/^区/);
  await expect(report.getByTestId('search-hit-date')).toHaveText(/\d{4}年\d{1,2}月\d{1,2}日|未注明日期/);
});

test('merging and splitting department names changes the matrix', async ({ app: page }, testInfo) => {
  await importAll(page);
  await setAsOf(page, AS_OF);
  await page.getByTestId('nav-matrix').click();
  await expect(page.getByTestId('matrix')).toBeVisible();
  const before = await readMatrix(page);
  const departments = [...new Set([...before.keys()].map((k) => k.split('|')[1]))];
  const [keep, fold] = departments;
  const foldMeasures = [...before.keys()].filter((k) => k.endsWith(`|${fold}`)).map((k) => k.split('|')[0]);

  await page.getByTestId('nav-departments').click();
  await expect(page.getByTestId(`dept-row-${keep}`)).toBeVisible();
  await shot(page, testInfo, '07-departments');
  await page.getByTestId(`dept-row-${keep}`).getByRole('checkbox').check();
  await page.getByTestId(`dept-row-${fold}`).getByRole('checkbox').check();
  await page.getByTestId('merge-open').click();
  await page.getByTestId('merge-into').fill(keep);
  await page.getByTestId('merge-go').click();
  await expect(page.getByTestId(`dept-row-${fold}`)).toHaveCount(0);
  await expect(page.getByTestId(`dept-row-${keep}`).getByTestId('alias').filter({ hasText: fold })).toBeVisible();
  await shot(page, testInfo, '07-departments-merged');

  await page.getByTestId('nav-matrix').click();
  await expect(page.getByTestId(`row-${fold}`)).toHaveCount(0);
  for (const m of foldMeasures) await expect(page.getByTestId(`cell-${m}-${keep}`)).not.toHaveAttribute('data-status', 'none');

  // Split it off again: the row comes back.
  await page.getByTestId('nav-departments').click();
  await page.getByTestId(`dept-row-${keep}`).getByTestId('alias').filter({ hasText: fold }).getByRole('button', { name: '拆分' }).click();
  await expect(page.getByTestId(`dept-row-${fold}`)).toBeVisible();
  await page.getByTestId('nav-matrix').click();
  await expect(page.getByTestId(`row-${fold}`)).toBeVisible();
});

test('exports the report and the reminder notices as downloads', async ({ app: page }, testInfo) => {
  await importThroughUi(page, [POLICY_SEED], '政策文件');
  await setAsOf(page, AS_OF);
  const [report] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-report').click()]);
  expect(report.suggestedFilename()).toBe(`督查报告-市中政办发〔2021〕14号-${AS_OF}.docx`);
  const head = await report.createReadStream().then(
    (s) => new Promise<Buffer>((resolve) => s.once('data', (c: Buffer) => resolve(c))),
  );
  expect(head.subarray(0, 2).toString()).toBe('PK');

  await page.getByTestId('export-notices').click();
  await page.getByTestId('reply-by').fill('2022-02-10');
  await page.getByTestId('reply-by').press('Enter');
  await shot(page, testInfo, '08-export-notices');
  const [notices] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-notices-go').click()]);
  expect(notices.suggestedFilename()).toBe(`催办通知-${AS_OF}.docx`);
});

test('shows a clear error for a file it cannot read', async ({ app: page, workspaceDir }) => {
  const { writeFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const empty = join(workspaceDir, '空白报告.txt');
  writeFileSync(empty, '');
  await importThroughUi(page, [empty], '落实报告');
  const row = page.getByTestId('import-result');
  await expect(row).toHaveAttribute('data-ok', 'false');
  await expect(row).toContainText('空白报告.txt');
});

test('a new workspace guides the user to import the policy first', async ({ app: page }, testInfo) => {
  await expect(page.getByText('还没有文件。')).toBeVisible();
  await shot(page, testInfo, '00-empty-workspace');
  await page.getByTestId('nav-matrix').click();
  await expect(page.getByText('还没有政策文件，无法计算落实情况。')).toBeVisible();
  await page.getByRole('button', { name: '去导入' }).click();
  await expect(page.getByTestId('drop-zone')).toBeVisible();
});
