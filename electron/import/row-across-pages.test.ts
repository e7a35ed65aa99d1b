import { describe, expect, it } from 'vitest';
import { layoutPdf } from './pdf-layout';
import { continuedRow, joinedRow } from './pdf-row-across-pages';
import { joinLines } from './pdf-tables';
import { ruledPage, type RuledRow } from './__fixtures__/ruled-page';

// row-across-pages: a row broken by the page end finishes under the header repeated on the next page.
const HEADER: RuledRow = [['序号'], ['工作任务'], ['牵头单位'], ['完成时限']];
const row = (n: number, task: string, lead: string): RuledRow => [[String(n)], [task], [lead], ['持续推进']];

describe('row-across-pages: the rest of a row at the top of the next page', () => {
  it('joins the rest to its row, cell by cell, through the layout', () => {
    const pages = [
      ruledPage([HEADER, row(1, '推进证照分离改革。', '县审批局'), [['2'], ['推进工程建设项目'], ['县住'], ['持续']]], 760, true, 1),
      ruledPage([HEADER, [[], ['审批制度改革。'], ['建局'], ['推进']], row(3, '做好政策宣传解读。', '县融媒体中心')], 760, true, 2),
    ];
    const texts = layoutPdf(pages).blocks.map((b) => b.text);
    expect(texts).toContain('2 | 推进工程建设项目审批制度改革。 | 县住建局 | 持续推进');
    expect(texts).toContain('3 | 做好政策宣传解读。 | 县融媒体中心 | 持续推进');
    expect(texts.filter((t) => t.startsWith(' | '))).toEqual([]);
    // The repeated header stays, after the joined row.
    expect(texts.indexOf('序号 | 工作任务 | 牵头单位 | 完成时限', 2)).toBeGreaterThan(texts.indexOf('2 | 推进工程建设项目审批制度改革。 | 县住建局 | 持续推进'));
  });

  it('finds the rest straight under the repeated header on the next page', () => {
    const header = { cells: ['序号', '工作任务', '牵头单位'] };
    const prev = { page: 1, rows: [header, { cells: ['1', '推进证照', '县审'] }] };
    const next = { page: 2, rows: [header, { cells: ['', '分离改革。', '批局'] }, { cells: ['2', '加强督查。', '县政府督查室'] }] };
    expect(continuedRow(prev, next, true)).toBe(1);
    expect(joinedRow(prev.rows[1].cells, next.rows[1].cells, joinLines)).toEqual(['1', '推进证照分离改革。', '县审批局']);
  });

  it('keeps a cell the rest leaves empty as the first part had it', () => {
    expect(joinedRow(['5', '推动算电协同', '省能源局'], ['', '，加强保障。', ''], joinLines)).toEqual(['5', '推动算电协同，加强保障。', '省能源局']);
  });
});
