import { describe, expect, it } from 'vitest';
import type { PdfTextItem } from './pdf-layout';
import { layoutPdf } from './pdf-layout';
import { ruledPage, SIZE, XS, type RuledRow } from './__fixtures__/ruled-page';

// band-row, negative cases: a line across the columns is a band only between rules that run the table's width.
const HEADER: RuledRow = [['序号'], ['工作任务'], ['牵头单位'], ['完成时限']];
const ROW: RuledRow = [['1'], ['推进证照分离改革。'], ['县审批局'], ['6月底前']];
const prose = (text: string, y: number): PdfTextItem => ({ str: text, x: XS[0] + 4, y, width: [...text].length * SIZE, size: SIZE });

describe('band-row, negative cases', () => {
  it('leaves a line of prose right under a ruled table (a rule above it, none below) out of the table', () => {
    const page = ruledPage([HEADER, ROW]);
    const lowest = Math.min(...(page.rules ?? []).map((r) => r.y));
    page.items.push(prose('各牵头单位要按期完成。', lowest - 12));
    const blocks = layoutPdf([page]).blocks;
    const last = blocks[blocks.length - 1];
    expect(last.text).toBe('各牵头单位要按期完成。');
    expect(last.standalone).toBeFalsy();
  });

  it('reads no band in a table printed without borders: the line across the columns ends the table', () => {
    const blocks = layoutPdf([ruledPage([HEADER, { band: '一、优化营商环境' }, ROW, [['2'], ['做好政策宣传解读。'], ['县融媒体中心'], ['持续推进']]], 700, false)]).blocks;
    const band = blocks.find((b) => b.text.includes('一、优化营商环境'));
    expect(band?.standalone).toBeFalsy();
  });

  it('leaves a line that begins out past the frame of rules (prose at the margin, beside a narrower table) out of the table', () => {
    const page = ruledPage([HEADER, { band: '一、优化营商环境' }, ROW]);
    const band = page.items.find((i) => i.str === '一、优化营商环境')!;
    band.str = '各单位要按照要求认真抓好落实。';
    band.x = XS[0] - 40;
    band.width = [...band.str].length * SIZE;
    const blocks = layoutPdf([page]).blocks;
    const line = blocks.find((b) => b.text.includes('各单位要按照要求'));
    expect(line?.standalone).toBeFalsy();
  });
});
