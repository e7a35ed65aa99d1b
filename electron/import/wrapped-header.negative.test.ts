import { describe, expect, it } from 'vitest';
import type { PdfTextItem } from './pdf-layout';
import { layoutPdf } from './pdf-layout';
import { ruledPage, SIZE, XS, type RuledRow } from './__fixtures__/ruled-page';

// wrapped-header, negative cases: only lines inside the header's ruled row join its headings.
const HEADER: RuledRow = [['序', '号'], ['工作任务'], ['牵头单位'], ['完成', '时限']];
const ROW: RuledRow = [['1'], ['推进证照分离改革。'], ['县审批局'], ['6月底前']];
const ROW2: RuledRow = [['2'], ['做好政策宣传解读。'], ['县融媒体中心'], ['持续推进']];
const line = (text: string, x: number, y: number): PdfTextItem => ({ str: text, x, y, width: [...text].length * SIZE, size: SIZE });

describe('wrapped-header, negative cases', () => {
  it('does not join two short lines of prose above the table into its header', () => {
    const page = ruledPage([HEADER, { band: '一、优化营商环境' }, ROW, ROW2], 700);
    page.items.push(line('附件', XS[0] + 4, 700 + 30), line('任务分工', XS[1] + 4, 700 + 16));
    const texts = layoutPdf([page]).blocks.map((b) => b.text);
    expect(texts).toContain('序号 | 工作任务 | 牵头单位 | 完成时限');
    expect(texts.some((t) => t.includes('附件') && t.includes('|'))).toBe(false);
    expect(texts.some((t) => t.includes('任务分工') && t.includes('|'))).toBe(false);
  });

  it('leaves a running header of two short lines at each page top out of the text, tables or not', () => {
    const pages = [1, 2, 3].map((n) => {
      const page = ruledPage([HEADER, ROW, ROW2], 700, true, n);
      page.items.push(line('某某县人民政府办公室', XS[0], 800), line('内部资料', XS[3], 800));
      return page;
    });
    const texts = layoutPdf(pages).blocks.map((b) => b.text);
    expect(texts.filter((t) => t.includes('内部资料'))).toEqual([]);
    expect(texts.filter((t) => t === '序号 | 工作任务 | 牵头单位 | 完成时限')).toHaveLength(3);
  });

  it('reads no header past a band with nothing of the table above it: the band is left to the prose', () => {
    const page = ruledPage([{ band: '一、优化营商环境' }, ROW, ROW2], 700);
    const blocks = layoutPdf([page]).blocks;
    const band = blocks.find((b) => b.text.includes('一、优化营商环境'));
    expect(band?.standalone).toBeFalsy();
    expect(blocks.map((b) => b.text)).toContain('1 | 推进证照分离改革。 | 县审批局 | 6月底前');
  });
});
