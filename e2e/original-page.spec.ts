// A PDF report's own page beside the comparison: drawn by pdf.js in the window, opened at the page where the
// answering paragraphs are, with those paragraphs marked over the printed text.
import { join } from 'node:path';
import { expect, importThroughUi, POLICY_SEED, SEEDS, shot, test } from './fixtures';

const REPORT = join(SEEDS, 'submissions', '市场监管局落实情况报告.pdf');

test('the comparison shows a PDF report’s page with the answering paragraphs marked on it', async ({ app: page }, testInfo) => {
  await importThroughUi(page, [POLICY_SEED], '政策文件');
  await importThroughUi(page, [REPORT], '落实报告');
  await page.getByTestId('as-of').fill('2022-03-31');
  await page.getByTestId('as-of').press('Enter');
  await page.getByTestId('nav-matrix').click();
  await page.locator('[data-testid="cell-9-区市场监管局"]').click();
  await expect(page.getByTestId('linked-paragraph').first()).toBeVisible();

  await page.getByTestId('original-page-button').click();
  // Measure 9 is answered on the report's second page: the dialog opens there.
  await expect(page.getByText(/第 2 \/ \d+ 页/)).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('original-note')).toHaveText('黄色底色标出的是与此条对应的段落。', { timeout: 30_000 });
  const marks = page.getByTestId('passage-mark');
  expect(await marks.count()).toBeGreaterThan(0);

  // Each mark lies over printed text: the page drawn under it has dark pixels (a lone 。 has a few).
  const inked = await page.getByTestId('original-page').evaluate((root) => {
    const canvas = root.querySelector('canvas')!;
    const ratio = canvas.width / canvas.clientWidth;
    const ctx = canvas.getContext('2d')!;
    return [...root.querySelectorAll<HTMLElement>('[data-testid="passage-mark"]')].map((mark) => {
      const x = Math.floor(mark.offsetLeft * ratio);
      const y = Math.floor(mark.offsetTop * ratio);
      const w = Math.max(1, Math.floor(mark.offsetWidth * ratio));
      const h = Math.max(1, Math.floor(mark.offsetHeight * ratio));
      const { data } = ctx.getImageData(x, y, w, h);
      let dark = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i] + data[i + 1] + data[i + 2] < 300) dark++;
      return { dark, inside: x >= 0 && y >= 0 && x + w <= canvas.width + 1 && y + h <= canvas.height + 1 };
    });
  });
  for (const m of inked) {
    expect(m.inside).toBe(true);
    expect(m.dark).toBeGreaterThan(0);
  }
  expect(inked.reduce((n, m) => n + m.dark, 0)).toBeGreaterThan(1000);
  await shot(page, testInfo, 'original-pdf-page-marked');

  // The first page has none of measure 9's paragraphs.
  await page.getByRole('button', { name: '上一页' }).click();
  await expect(page.getByText(/第 1 \/ \d+ 页/)).toBeVisible();
  await expect(page.getByTestId('original-note')).toHaveText('本页没有与此条对应的段落。', { timeout: 30_000 });
  await expect(marks).toHaveCount(0);
});
