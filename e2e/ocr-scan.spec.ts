// A scanned report through the browser: imported by OCR, it answers its measure in the matrix, and the comparison
// opens the scan's page image beside the text read from it.
import { join } from 'node:path';
import { expect, importThroughUi, POLICY_SEED, ROOT, shot, test } from './fixtures';

const SCAN = join(ROOT, 'electron', 'import', '__fixtures__', 'scans', 'transport.scan.pdf');

test('a scanned report is read by OCR and can be checked against its page image', async ({ app: page }, testInfo) => {
  await importThroughUi(page, [POLICY_SEED], '政策文件');
  await importThroughUi(page, [SCAN], '落实报告');
  const result = page.getByTestId('import-result');
  await expect(result).toHaveAttribute('data-ok', 'true');
  await expect(result.locator('.result-text')).toContainText('文字由 OCR');

  await page.getByTestId('as-of').fill('2022-03-31');
  await page.getByTestId('as-of').press('Enter');
  await page.getByTestId('nav-matrix').click();
  const cell = page.locator('[data-testid="cell-16-区交通运输局"]');
  await expect(cell).not.toHaveAttribute('data-status', 'missing');
  await cell.click();
  await expect(page.getByTestId('linked-paragraph').first()).toBeVisible();

  await page.getByTestId('scan-page-button').click();
  const image = page.getByTestId('scan-image');
  await expect(image).toBeVisible({ timeout: 30_000 });
  expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(500);
  await expect(page.locator('.scan-text')).toContainText('降低物流成本');
  await shot(page, testInfo, 'ocr-scan-beside-text');
});

test('the progress names the page being recognised, and stopping the batch leaves the rest unimported', async ({ app: page }) => {
  const scans = ['justice.scan.pdf', 'housing.scan.pdf', 'emergency.scan.pdf'].map((f) => join(ROOT, 'electron', 'import', '__fixtures__', 'scans', f));
  await page.getByTestId('nav-documents').click();
  await page.getByRole('radiogroup', { name: '文件类型' }).getByText('落实报告').click();
  await page.getByTestId('import-input').setInputFiles(scans);
  await expect(page.getByTestId('import-progress-label')).toContainText(/正在导入 \d\/3：.*（文字识别：已完成 0\/1 页）/, { timeout: 60_000 });
  await page.getByTestId('import-cancel').click();
  await expect(page.getByTestId('import-progress')).toHaveAttribute('data-phase', /done|failed/, { timeout: 120_000 });
  const rows = page.getByTestId('import-result');
  await expect(rows).toHaveCount(3);
  await expect(page.locator('[data-testid="import-result"][data-ok="false"]').first()).toContainText('取消');
});
