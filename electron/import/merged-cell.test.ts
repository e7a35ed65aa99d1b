import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeDocxParts } from './__fixtures__/docx-parts';
import { imported } from './__fixtures__/imported';

// merged-cell: a cell merged down several rows (vMerge) stands in each row it covers, in its own column.
const work = mkdtempSync(join(tmpdir(), 'merged-cell-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const p = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;
const tc = (text: string, props = '') => `<w:tc>${props ? `<w:tcPr>${props}</w:tcPr>` : ''}${text ? p(text) : '<w:p/>'}</w:tc>`;
const restart = (text: string) => tc(text, '<w:vMerge w:val="restart"/>');
const cont = () => tc('', '<w:vMerge/>');
const tr = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;
const rows = async (name: string, ...trs: string[]) =>
  (await imported(writeDocxParts(join(work, `${name}.docx`), `<w:tbl>${trs.join('')}</w:tbl>`))).paragraphs.map((x) => x.text);

describe('merged-cell: a cell merged down stands in every row it covers', () => {
  it('gives the merged 牵头单位 to each row, the later cells in their own columns', async () => {
    const out = await rows(
      'lead',
      tr(tc('序号'), tc('工作任务'), tc('牵头单位'), tc('完成时限')),
      tr(tc('1'), tc('推进证照分离改革'), restart('县审批局'), tc('2022年6月底前')),
      tr(tc('2'), tc('推进工程审批改革'), cont(), tc('2022年9月底前')),
    );
    expect(out).toEqual(['序号 | 工作任务 | 牵头单位 | 完成时限', '1 | 推进证照分离改革 | 县审批局 | 2022年6月底前', '2 | 推进工程审批改革 | 县审批局 | 2022年9月底前']);
  });

  it('gives a group merged down a middle column to each of its rows', async () => {
    const out = await rows(
      'group',
      tr(tc('1'), restart('聚力推动“GPU浙江造”'), tc('设立专项')),
      tr(tc('2'), cont(), tc('招引企业')),
      tr(tc('3'), cont(), tc('建设平台')),
    );
    expect(out).toEqual(['1 | 聚力推动“GPU浙江造” | 设立专项', '2 | 聚力推动“GPU浙江造” | 招引企业', '3 | 聚力推动“GPU浙江造” | 建设平台']);
  });

  it('leaves out merged cells that open a row (序号, 类别), as a spreadsheet’s merged range reads', async () => {
    const out = await rows(
      'leading',
      tr(restart('5'), tc('开工建设县老年养护楼。'), restart('县民政局'), tc('5月底前动工')),
      tr(cont(), tc('开工建设老年大学。'), cont(), tc('12月底前')),
    );
    expect(out).toEqual(['5 | 开工建设县老年养护楼。 | 县民政局 | 5月底前动工', '开工建设老年大学。 | 县民政局 | 12月底前']);
  });

  it('finds the merged cell by its grid column when a cell before it spans two', async () => {
    const out = await rows(
      'span',
      tr(tc('A', '<w:gridSpan w:val="2"/>'), restart('县审批局'), tc('6月')),
      tr(tc('1'), tc('任务'), cont(), tc('9月')),
    );
    expect(out).toEqual(['A | 县审批局 | 6月', '1 | 任务 | 县审批局 | 9月']);
  });
});
