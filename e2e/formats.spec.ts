// Excel and OFD through the UI, the Excel export and printing: a task table and returns in Excel and OFD make
// the matrix; it downloads as a workbook; printed (Chromium's print to PDF, the print stylesheet) it is A4
// landscape, without the navigation, with the header on every page and the statuses in words.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { expect, importThroughUi, ROOT, shot, test } from './fixtures';

const SHEETS = join(ROOT, 'electron', 'import', '__fixtures__', 'sheets');
const OFD = join(ROOT, 'electron', 'import', '__fixtures__', 'ofd');
const AS_OF = '2024-11-01';
const pdftotext = spawnSync('pdftotext', ['-v'], { stdio: 'ignore' }).status === 0;

test('an Excel task table and Excel and OFD returns make the matrix; it exports to Excel and prints A4 landscape with statuses in words', async ({ app: page }, testInfo) => {
  await importThroughUi(page, [join(SHEETS, 'task-table.xlsx')], '政策文件');
  await expect(page.getByTestId('import-result').first()).toHaveAttribute('data-ok', 'true');
  await importThroughUi(page, [join(SHEETS, 'return-market.xls'), join(SHEETS, 'return-housing.xlsx'), join(OFD, 'notice.ofd')], '落实报告');
  await expect(page.locator('[data-testid="import-result"][data-ok="true"]')).toHaveCount(3);
  await page.getByTestId('as-of').fill(AS_OF);
  await page.getByTestId('nav-matrix').click();
  await expect(page.getByTestId('matrix')).toBeVisible();
  await expect(page.getByTestId('cell-1-市市场监管局')).toHaveAttribute('data-status', 'on_time');
  await expect(page.getByTestId('cell-2-市住房城乡建设局')).toHaveAttribute('data-status', 'late');

  // The Excel workbook, downloaded and read back: the same statuses, in words.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-xlsx').click()]);
  expect(download.suggestedFilename()).toBe(`落实情况-${AS_OF}.xlsx`);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(await download.path());
  expect(book.worksheets.map((w) => w.name)).toEqual(['落实矩阵', '缺报逾期清单', '政策台账']);
  const matrix = book.getWorksheet('落实矩阵')!;
  const rowOf = (department: string) => [...Array(matrix.rowCount).keys()].map((k) => matrix.getRow(k + 1)).find((r) => r.getCell(1).value === department);
  expect(rowOf('市市场监管局')?.getCell(2).value).toBe('按时报送（牵头）');
  expect(rowOf('市住房城乡建设局')?.getCell(3).value).toBe('逾期报送（牵头）');

  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.nav')).toBeHidden();
  await expect(page.locator('.top-bar')).toBeHidden();
  expect(await page.locator('.matrix thead').evaluate((el) => getComputedStyle(el).display)).toBe('table-header-group');
  const word = await page.getByTestId('cell-1-市市场监管局').evaluate((el) => getComputedStyle(el, '::after').content);
  expect(word).toContain('按时');
  await shot(page, testInfo, '09-matrix-print');

  test.skip(!pdftotext, 'pdftotext（poppler-utils）未安装，跳过打印 PDF 的文字检查');
  // A long list: the list's rows repeated until they fill several pages, to see the header on each.
  await page.emulateMedia({ media: 'screen' });
  await page.getByTestId('tab-list').click();
  await expect(page.getByTestId('overdue-row').first()).toBeVisible();
  await page.locator('[data-testid="overdue-list"] tbody').evaluate((body) => {
    const rows = [...body.children];
    for (let k = 0; k < 15; k++) for (const row of rows) body.appendChild(row.cloneNode(true));
  });
  // page.pdf() prints with the print media unless screen is emulated
  await page.emulateMedia({ media: null });
  const dir = mkdtempSync(join(tmpdir(), 'luoshi-print-'));
  try {
    const pdf = join(dir, 'list.pdf');
    writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    const info = execFileSync('pdfinfo', [pdf]).toString('utf8');
    const [, w, h] = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info) ?? [];
    // A4 landscape: 842 × 595 points
    expect(Math.round(Number(w))).toBe(842);
    expect(Math.round(Number(h))).toBe(595);
    const pages = execFileSync('pdftotext', ['-layout', pdf, '-']).toString('utf8').split('\f').filter((p) => p.trim());
    expect(pages.length).toBeGreaterThan(1);
    for (const text of pages) {
      expect(text).toContain('截止日期');
      expect(text).not.toContain('落实矩阵');
      expect(text).toMatch(/未报送|逾期/);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('WPS files, web pages and zip archives are offered and import: the seed policy as .wps, a task table as .et, an archive of reports, a gov.cn page', async ({ app: page }) => {
  const WPS = join(ROOT, 'electron', 'import', '__fixtures__', 'wps');
  const accept = (await page.getByTestId('import-input').getAttribute('accept'))!.split(',');
  expect(accept).toEqual(expect.arrayContaining(['.wps', '.et', '.rtf', '.html', '.mht', '.zip', '.docx', '.xlsx']));
  await importThroughUi(page, [join(WPS, 'policy-seed.wps')], '政策文件');
  await expect(page.getByTestId('import-result').first()).toHaveAttribute('data-ok', 'true');
  await page.getByTestId('nav-matrix').click();
  await expect(page.locator('[data-testid^="cell-29-"]').first()).toBeVisible();
  await page.getByTestId('nav-documents').click();
  await importThroughUi(page, [join(WPS, 'task-table.et')], '政策文件');
  await expect(page.locator('[data-testid="import-result"][data-ok="true"]')).toHaveCount(1);
  await importThroughUi(page, [join(ROOT, 'electron', 'import', '__fixtures__', 'web', 'national-incentive-measures-notice.html')], '政策文件');
  await expect(page.locator('[data-testid="import-result"][data-ok="true"]')).toHaveCount(1);
  // An archive of reports: each file inside imported and listed by its own name.
  const zip = new JSZip();
  for (const name of ['市场监管局落实情况报告.pdf', '住建局报告.docx']) zip.file(`材料/${name}`, readFileSync(join(ROOT, 'seeds', 'submissions', name)));
  const dir = mkdtempSync(join(tmpdir(), 'luoshi-zip-e2e-'));
  writeFileSync(join(dir, '各单位报送材料.zip'), await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  await importThroughUi(page, [join(dir, '各单位报送材料.zip')], '落实报告');
  await expect(page.locator('[data-testid="import-result"][data-ok="true"]')).toHaveCount(2);
  await expect(page.getByTestId('import-result').filter({ hasText: '住建局报告.docx' })).toHaveCount(1);
  rmSync(dir, { recursive: true, force: true });
  // The page's policy joins the others, named by the 文号 read from it.
  await expect(page.locator('option', { hasText: '国办发〔2018〕117号' }).first()).toBeAttached();
});
