// 总览 and a department's page in a real browser over the shipped sample set: the figures are the matrix's,
// every chart has its numbers beside it, a department name opens its page, and a reopened workspace
// starts on 总览.
import type { Page } from '@playwright/test';
import { api, expect, shot, test } from './fixtures';
import type { ComplianceResult } from '../shared/types';
import type { OverviewView } from '../shared/portfolio/overview';

// A date with overdue duties, answered ones, and deadlines in the days after it.
const AS_OF = '2021-11-25';
/** The same day as the interface writes it everywhere: 年月日, never the ISO form. */
const AS_OF_WORDS = '2021年11月25日';
const ISO_DATE = /\d{4}-\d{2}-\d{2}/;
const STATUS_WORD = { missing: '未报送', late: '逾期报送', on_time: '按时报送' } as const;

async function importSample(page: Page) {
  await page.getByTestId('first-run-guide').getByTestId('import-sample').click();
  await expect(page.getByTestId('import-progress')).toHaveAttribute('data-phase', 'done', { timeout: 120_000 });
  const box = page.getByTestId('as-of');
  await box.fill(AS_OF);
  await box.press('Enter');
  await expect(box).toHaveValue(AS_OF);
  // The import's notice would sit over the screenshots.
  for (const close of await page.getByRole('button', { name: '关闭提示' }).all()) await close.click();
}

/** The matrix's footer total for a status: “合计 N”. */
async function matrixTotal(page: Page, status: keyof typeof STATUS_WORD): Promise<number> {
  const row = page.locator('.matrix tfoot tr').filter({ has: page.locator('th', { hasText: new RegExp(`^${STATUS_WORD[status]}$`) }) });
  const text = (await row.locator('td').last().textContent()) ?? '';
  return Number(/合计\s*(\d+)/.exec(text)?.[1]);
}

test('总览 shows the matrix’s figures with a table beside every chart, and a department’s page lists what it owes', async ({ app: page, server }, testInfo) => {
  await importSample(page);
  const matrix = await api<ComplianceResult>(page, server, 'compliance/matrix', { asOf: AS_OF });
  const view = await api<OverviewView>(page, server, 'portfolio/overview', { asOf: AS_OF });

  await page.getByTestId('nav-overview').click();
  const overview = page.getByTestId('overview');
  await expect(overview).toBeVisible();
  await expect(overview.locator('.as-of-note')).toHaveText(`截至 ${AS_OF_WORDS}`);

  // The per-policy table equals the matrix, status by status; the chart beside it is drawn.
  const row = page.getByTestId('policy-row');
  await expect(row).toHaveCount(1);
  const counted = (s: string) => matrix.obligations.filter((o) => o.status === s && o.decision?.kind !== 'exempt').length;
  for (const s of ['missing', 'late', 'on_time', 'pending']) await expect(row.getByTestId(`policy-${s}`)).toHaveText(String(counted(s)));
  const due = counted('on_time') + counted('late') + counted('missing');
  await expect(row.getByTestId('policy-rate')).toHaveText(`${((counted('on_time') / due) * 100).toFixed(1)}%`);
  await expect(row.getByTestId('policy-rate')).toHaveAttribute('title', /按时率 = 按时报送/);
  for (const chart of ['chart-policies', 'chart-ranking', 'chart-trend']) {
    const figure = page.getByTestId(chart);
    await expect(figure.locator('.chart-box svg').first()).toBeVisible();
    await expect(figure.locator('.chart-table table')).toBeVisible();
  }
  await expect(page.getByTestId('chart-policies').locator('svg text').filter({ hasText: '按时率' })).toHaveCount(1);

  // Deadlines coming up, the ranking and the trend tables hold what the service computed.
  await expect(page.getByTestId('upcoming-7').getByTestId('upcoming-row')).toHaveCount(view.within7.length);
  await expect(page.getByTestId('upcoming-30').getByTestId('upcoming-row')).toHaveCount(view.within30.length);
  expect(view.within7.length).toBeGreaterThan(0);
  await expect(page.getByTestId('upcoming-7').getByTestId('upcoming-row').first()).toContainText(view.within7[0].department);
  const [y, m, d] = view.within7[0].due.split('-').map(Number);
  await expect(page.getByTestId('upcoming-7').getByTestId('upcoming-row').first()).toContainText(`${y}年${m}月${d}日`);
  await expect(page.getByTestId('upcoming-7')).not.toContainText(ISO_DATE);
  await expect(page.getByTestId('ranking-row')).toHaveCount(view.departments.length);
  await expect(page.getByTestId('trend-table').locator('tbody tr')).toHaveCount(view.trend.length);
  await expect(page.getByTestId('trend-table').locator('tbody tr').last()).toContainText(AS_OF_WORDS);
  await expect(page.getByTestId('trend-table')).not.toContainText(ISO_DATE);
  await shot(page, testInfo, 'overview');

  // On paper: no navigation or buttons, but every table, and department names as plain text.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.nav')).toBeHidden();
  await expect(page.getByTestId('trend-table')).toBeVisible();
  await expect(page.getByTestId('department-ranking').getByTestId('department-link').first()).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('overview-print.png'), fullPage: true });
  await page.emulateMedia({ media: 'screen' });

  // The same figures as the matrix's own totals.
  const overviewCounts = Object.fromEntries(
    await Promise.all((['missing', 'late', 'on_time'] as const).map(async (s) => [s, Number(await row.getByTestId(`policy-${s}`).textContent())])),
  );
  await page.getByTestId('nav-matrix').click();
  await expect(page.getByTestId('matrix')).toBeVisible();
  for (const s of ['missing', 'late', 'on_time'] as const) expect(await matrixTotal(page, s)).toBe(overviewCounts[s]);

  // From the ranking, the worst department's page: its duties are its matrix row.
  await page.getByTestId('nav-overview').click();
  const worst = view.departments[0].department;
  await page.getByTestId('ranking-row').first().getByTestId('department-link').click();
  const dept = page.getByTestId('department-page');
  await expect(page.getByTestId('department-name')).toHaveText(worst);
  await expect(dept.locator('.as-of-note')).toHaveText(`截至 ${AS_OF_WORDS}`);
  await expect(dept.getByTestId('department-obligations')).not.toContainText(ISO_DATE);
  const own = matrix.obligations.filter((o) => o.department === worst);
  await expect(dept.getByTestId('department-obligation')).toHaveCount(own.length);
  for (const s of ['missing', 'late', 'on_time'] as const) {
    await expect(dept.locator(`[data-testid="department-obligation"][data-status="${s}"]`)).toHaveCount(own.filter((o) => o.status === s).length);
  }
  const answered = own.find((o) => o.evidence.length > 0);
  if (answered) await expect(dept.getByTestId('department-obligations')).toContainText(answered.evidence[0].file);
  await expect(page.getByTestId('nav-departments')).toHaveAttribute('aria-current', 'page');
  await shot(page, testInfo, 'department');

  // A row of the department's page opens the comparison of that duty.
  await dept.getByTestId('department-obligation').first().click();
  await expect(page.getByTestId('compare-status')).toBeVisible();

  // The matrix's row header opens the same page.
  await page.getByTestId('nav-matrix').click();
  await page.getByTestId(`row-${worst}`).getByTestId('department-link').click();
  await expect(page.getByTestId('department-name')).toHaveText(worst);

  // A workspace opened again with a policy in it starts on 总览.
  await page.reload();
  await expect(page.getByTestId('overview')).toBeVisible();
  await expect(page.getByTestId('nav-overview')).toHaveAttribute('aria-current', 'page');
});

test('a department’s page shows the office’s decision and the history naming it', async ({ app: page, server }, testInfo) => {
  await importSample(page);
  const matrix = await api<ComplianceResult>(page, server, 'compliance/matrix', { asOf: AS_OF });
  const missing = matrix.obligations.find((o) => o.status === 'missing')!;
  await api(page, server, 'decisions/record', { measure: missing.measure, department: missing.department, kind: 'exempt', date: AS_OF, note: '已由上级统一办理' });

  await page.getByTestId('nav-overview').click();
  const row = page.getByTestId('policy-row');
  await expect(row.getByTestId('policy-missing')).toHaveText(String(matrix.obligations.filter((o) => o.status === 'missing').length - 1));
  await expect(row.locator('.decisions-cell')).toHaveText('免报 1');

  await page.getByTestId('nav-matrix').click();
  await page.getByTestId(`row-${missing.department}`).getByTestId('department-link').click();
  const dept = page.getByTestId('department-page');
  await expect(dept.getByTestId('department-decision')).toContainText('免报');
  await expect(dept.getByTestId('department-decision')).toContainText(`（${AS_OF_WORDS}，已由上级统一办理）`);
  await expect(dept.getByTestId('history-table')).toContainText('免报');
  // When, in the interface's own form: 2021年11月25日 09:05, on one line.
  const time = dept.getByTestId('history-time').first();
  await expect(time).toHaveText(/^\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}$/);
  const lines = await time.evaluate((td) => {
    const range = document.createRange();
    range.selectNodeContents(td);
    return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
  });
  expect(lines).toBe(1);
  await shot(page, testInfo, 'department-decided');
});
