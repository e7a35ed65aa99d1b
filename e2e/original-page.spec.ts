// A PDF report's own page beside the comparison: drawn by pdf.js in the window, opened at the page where the
// answering paragraphs are, with those paragraphs marked over the printed text.
import { readFileSync, readdirSync } from 'node:fs';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { expect, importThroughUi, POLICY_SEED, ROOT, SEEDS, shot, test } from './fixtures';

const REPORT = join(SEEDS, 'submissions', '市场监管局落实情况报告.pdf');
const POLICY_PDF = join(SEEDS, 'policy-seed.pdf');

test('the comparison shows a PDF report’s page with the answering paragraphs marked on it, and the measure on the policy’s', async ({ app: page }, testInfo) => {
  await importThroughUi(page, [POLICY_PDF], '政策文件');
  await importThroughUi(page, [REPORT], '落实报告');
  await page.getByTestId('as-of').fill('2022-03-31');
  await page.getByTestId('as-of').press('Enter');
  await page.getByTestId('nav-matrix').click();
  await page.locator('[data-testid="cell-9-区市场监管局"]').click();
  await expect(page.getByTestId('linked-paragraph').first()).toBeVisible();

  await page.getByTestId('pane-response').getByTestId('original-page-button').click();
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

  // The measure in the policy as printed: its page, with its own words marked.
  await page.getByRole('button', { name: '关闭', exact: true }).click();
  await page.getByTestId('pane-measure').getByTestId('original-page-button').click();
  await expect(page.getByTestId('original-note')).toHaveText('黄色底色标出的是与此条对应的段落。', { timeout: 30_000 });
  expect(await marks.count()).toBeGreaterThan(0);
  await shot(page, testInfo, 'original-policy-page-marked');
});

test('a PDF whose Chinese font is not embedded is drawn with its text: the character maps are served beside the page', async ({ app: page }) => {
  // The built window's own pdf.js adapter, loaded as the dialog loads it, on a PDF that names STSong-Light with the
  // UniGB-UCS2-H map and embeds no font.
  const chunk = readdirSync(join(ROOT, 'dist', 'renderer', 'assets')).find((f) => /^pdf-pages-.*\.js$/.test(f))!;
  const data = readFileSync(join(ROOT, 'electron', 'import', '__fixtures__', 'unembedded-font.pdf')).toString('base64');
  const cmap = page.waitForResponse((r) => r.url().includes('/pdfjs/cmaps/UniGB-UCS2-H.bcmap'));
  const drawn = await page.evaluate(
    async ({ chunk, data }) => {
      const { openPdf } = await import(`./assets/${chunk}`);
      const pdf = await openPdf(data);
      const canvas = document.createElement('canvas');
      document.body.append(canvas);
      const { runs } = await pdf.draw(1, canvas, 600);
      const { data: pixels } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      let dark = 0;
      for (let i = 0; i < pixels.length; i += 4) if (pixels[i + 3] > 0 && pixels[i] + pixels[i + 1] + pixels[i + 2] < 300) dark++;
      pdf.close();
      return { text: runs.map((r: { str: string }) => r.str).join(''), dark };
    },
    { chunk, data },
  );
  expect(drawn.text).toContain('区财政局关于直达资金工作的报告');
  expect(drawn.text).toContain('4.2亿元');
  expect(drawn.dark).toBeGreaterThan(500);
  // The map was fetched from beside the page, the file itself (the build copies it there).
  const fetched = await (await cmap).body();
  expect(fetched.equals(readFileSync(join(ROOT, 'node_modules', 'pdfjs-dist', 'cmaps', 'UniGB-UCS2-H.bcmap')))).toBe(true);
});

test('a search hit in a PDF report can be seen on its printed page, the paragraph marked', async ({ app: page }, testInfo) => {
  await importThroughUi(page, [POLICY_SEED], '政策文件');
  await importThroughUi(page, [REPORT], '落实报告');
  await page.getByTestId('nav-search').click();
  await page.getByTestId('search-input').fill('蓝天');
  await page.getByTestId('search-input').press('Enter');
  await page.getByTestId('search-role').selectOption('submission');
  const hit = page.getByTestId('search-hit').first();
  await expect(hit).toContainText('蓝天');
  await hit.locator('button.file-name').click();
  await expect(page.locator('.para-target')).toContainText('蓝天');

  await page.getByTestId('viewer-as-printed').click();
  await expect(page.getByText(/第 2 \/ \d+ 页/)).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('original-note')).toHaveText('黄色底色标出的是所指的段落。', { timeout: 30_000 });
  expect(await page.getByTestId('passage-mark').count()).toBeGreaterThan(0);
  await shot(page, testInfo, 'viewer-as-printed');
  // And back to the text.
  await page.getByTestId('viewer-as-printed').click();
  await expect(page.locator('.para-target')).toContainText('蓝天');
});

test('a stored original that no longer reads as a PDF gets a message naming the file, and the text stays', async ({ app: page, workspaceDir }) => {
  await importThroughUi(page, [POLICY_SEED], '政策文件');
  await importThroughUi(page, [REPORT], '落实报告');
  // The workspace's copy of the report damaged on disk, as a failing drive would leave it.
  const db = new Database(join(workspaceDir, 'workspace.sqlite'));
  expect(db.prepare('UPDATE scan_sources SET bytes = ?').run(Buffer.from('%PDF-1.7\n这不是完整的文件')).changes).toBe(1);
  db.close();
  await page.getByTestId('as-of').fill('2022-03-31');
  await page.getByTestId('as-of').press('Enter');
  await page.getByTestId('nav-matrix').click();
  await page.locator('[data-testid="cell-9-区市场监管局"]').click();
  await page.getByTestId('pane-response').getByTestId('original-page-button').click();
  await expect(page.getByText('无法显示「市场监管局落实情况报告.pdf」的原件页面：文件内容无法解析。')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('passage-mark')).toHaveCount(0);
  await page.getByRole('button', { name: '关闭', exact: true }).click();
  await expect(page.getByTestId('linked-paragraph').first()).toBeVisible();
});
