import { describe, expect, it } from 'vitest';
import { layoutPdf } from './pdf-layout';
import { continuedRow } from './pdf-row-across-pages';
import { ruledPage, type RuledRow } from './__fixtures__/ruled-page';

// row-across-pages, negative cases: only the row straight under the repeated header on the next page, with no 序号
// of its own after a row that had one, is the rest of a row.
const HEADER: RuledRow = [['序号'], ['工作任务'], ['牵头单位'], ['完成时限']];
const header = { cells: ['序号', '工作任务', '牵头单位'] };
const prev = { page: 1, rows: [header, { cells: ['1', '推进证照分离改革。', '县审批局'] }] };
const rest = { cells: ['', '加强督查考核。', '县政府督查室'] };

describe('row-across-pages, negative cases', () => {
  it('joins nothing to a table on the next page that opens without the same header', () => {
    expect(continuedRow(prev, { page: 2, rows: [{ cells: ['序号', '任务', '责任单位'] }, rest] }, true)).toBe(-1);
  });

  it('joins nothing across text between the two tables, nor across more than one page, nor on one page', () => {
    expect(continuedRow(prev, { page: 2, rows: [header, rest] }, false)).toBe(-1);
    expect(continuedRow(prev, { page: 3, rows: [header, rest] }, true)).toBe(-1);
    expect(continuedRow(prev, { page: 1, rows: [header, rest] }, true)).toBe(-1);
  });

  it('joins nothing to a row that has its own 序号, nor to a band row or a row without one', () => {
    expect(continuedRow(prev, { page: 2, rows: [header, { cells: ['2', '加强督查考核。', '县政府督查室'] }] }, true)).toBe(-1);
    expect(continuedRow({ page: 1, rows: [header, { cells: ['一、优化营商环境'] }] }, { page: 2, rows: [header, rest] }, true)).toBe(-1);
    expect(continuedRow({ page: 1, rows: [header, { cells: ['', '推进改革。', '县审批局'] }] }, { page: 2, rows: [header, rest] }, true)).toBe(-1);
  });

  it('leaves a row without 序号 further down a page (a merged 序号) a row of its own', () => {
    const pages = [
      ruledPage([HEADER, [['1'], ['推进证照分离改革。'], ['县审批局'], ['持续推进']]], 760, true, 1),
      ruledPage([HEADER, [['2'], ['加强督查考核。'], ['县政府督查室'], ['持续推进']], [[], ['做好政策宣传解读。'], ['县融媒体中心'], ['6月底前']]], 760, true, 2),
    ];
    const texts = layoutPdf(pages).blocks.map((b) => b.text);
    expect(texts).toContain('1 | 推进证照分离改革。 | 县审批局 | 持续推进');
    expect(texts).toContain(' | 做好政策宣传解读。 | 县融媒体中心 | 6月底前');
  });
});
