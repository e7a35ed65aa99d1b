// A gathered return (汇总表) sent in Excel by the office that collected it: the matrix counts each row for the body
// its 责任单位 cell names, the comparison shows that row, and the documents list says how the table was read.
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import * as XLSX from '@e965/xlsx';
import { expect, importThroughUi, POLICY_SEED, shot, test } from './fixtures';

const AS_OF = '2021-12-15';

function gatheredReturn(path: string): void {
  const wb = XLSX.utils.book_new();
  const rows = [
    ['区政府督查室关于深化“放管服”改革实施意见重点任务落实情况的汇总'],
    ['序号', '任务', '责任单位', '进展情况'],
    ['1', '提升就业服务', '区人力资源和社会保障局', '开展线上线下招聘活动35场，帮助1200名高校毕业生实现就业。'],
    ['5', '加强信用信息归集', '区发展和改革委员会', '归集各类信用信息12万条，全部推送至市信用平台。'],
    ['区政府督查室'],
    ['2021年11月20日'],
  ];
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), '汇总');
  writeFileSync(path, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }));
}

test('a gathered return counts each row for its own 责任单位 in the matrix and the comparison', async ({ app: page, workspaceDir }, testInfo) => {
  const file = join(workspaceDir, '重点任务落实情况汇总表.xlsx');
  gatheredReturn(file);
  await importThroughUi(page, [POLICY_SEED], '政策文件');
  await importThroughUi(page, [file], '落实报告');
  await expect(page.getByTestId('import-result').first()).toHaveAttribute('data-ok', 'true');
  await page.getByTestId('as-of').fill(AS_OF);
  await page.getByTestId('as-of').press('Enter');
  await expect(page.getByTestId('date-fields')).toHaveAttribute('data-as-of', AS_OF);

  await page.getByTestId('nav-matrix').click();
  await expect(page.getByTestId('cell-1-区人力资源和社会保障局')).toHaveAttribute('data-status', 'on_time');
  await expect(page.getByTestId('cell-5-区发展和改革委员会')).toHaveAttribute('data-status', 'on_time');
  // the row speaks for its own body, not for the measure's other bodies
  await expect(page.getByTestId('cell-1-区市场监管局')).not.toHaveAttribute('data-status', 'on_time');

  await page.getByTestId('cell-1-区人力资源和社会保障局').click();
  await expect(page.getByTestId('compare-status')).toHaveText('按时报送');
  await expect(page.getByTestId('linked-paragraph').first()).toContainText('帮助1200名高校毕业生实现就业');
  await expect(page.getByTestId('response-gathered')).toHaveText('汇总表（区政府督查室报送）中本单位一行');
  await shot(page, testInfo, 'gathered-return-compare');

  await page.getByTestId('nav-documents').click();
  await expect(page.getByText(/汇总表：2 行的落实情况按各行的责任单位计/).first()).toBeVisible();
});
