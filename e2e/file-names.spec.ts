// File names with direction controls are shown as they are, not as they pretend to be: "evil\u202Efdp.txt"
// must not read as a .pdf anywhere in the interface.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';

const REPORT = '区民政局关于落实情况的报告\n一、工作进展\n' + '已按要求完成养老服务设施建设任务，资金拨付到位。\n'.repeat(5);

test('a name with a right-to-left override shows its control as a visible code', async ({ app: page, server, workspaceDir, request: http }) => {
  const good = join(workspaceDir, '区民政局\u202Efdp.txt');
  const empty = join(workspaceDir, '空报告\u202Excod.txt');
  writeFileSync(good, REPORT);
  writeFileSync(empty, '');
  const headers = { 'X-Luoshi-Token': server.token };
  const start = await http.post(`${server.origin}api/documents/import`, { headers, data: { paths: [good, empty], role: 'submission' } });
  let job = (await start.json()).value;
  while (!job.finished) job = (await (await http.post(`${server.origin}api/documents/import-status`, { headers, data: { jobId: job.id } })).json()).value;
  // The message the importer writes names the file neutralised; the data keeps the real name.
  const failed = job.result.results.find((r: { ok: boolean }) => !r.ok);
  expect(failed.file).toBe('空报告\u202Excod.txt');
  expect(failed.error.message).toContain('空报告‹U+202E›xcod.txt');

  await page.reload();
  await page.getByTestId('nav-documents').click();
  const row = page.getByTestId('document-row').filter({ hasText: '区民政局' });
  await expect(row).toContainText('区民政局‹U+202E›fdp.txt');
  const shown = await page.locator('body').innerText();
  expect(shown).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
});
