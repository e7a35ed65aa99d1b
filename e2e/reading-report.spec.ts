// The Policy view's reading report on a real policy that states no 文号 or date and numbers on across sections.
import { join } from 'node:path';
import { expect, importThroughUi, ROOT, test } from './fixtures';

const POLICY = join(ROOT, 'shared', 'extract', '__fixtures__', 'real', 'city-talent-opinion.txt');

test('the Policy view says what to check, with the numbering as written', async ({ app: page }) => {
  await importThroughUi(page, [POLICY], '政策文件');
  await page.getByTestId('nav-policy').click();
  const report = page.getByTestId('reading-report');
  await expect(report).toBeVisible();
  await expect(report).toContainText('发文字号');
  await expect(report).toContainText('成文日期');
  // measures 2–45 as the policy numbers them; the opening 1.目标 assigns nothing and is no measure
  await expect(page.getByTestId('measure-11')).toContainText('121人才梯队项目');
  await expect(page.getByTestId('measure-1')).toHaveCount(0);
});
