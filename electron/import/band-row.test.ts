import { describe, expect, it } from 'vitest';
import { layoutPdf } from './pdf-layout';
import { ruledPage, XS, type RuledRow } from './__fixtures__/ruled-page';

// band-row: a category row across a bordered table, between rules that run the table's width.
const HEADER: RuledRow = [['序号'], ['工作任务'], ['牵头单位'], ['完成时限']];

describe('band-row: a category row across a bordered table', () => {
  it('is a line of its own inside the table, the rows after it still rows', () => {
    const rows = layoutPdf([
      ruledPage([HEADER, { band: '一、优化营商环境' }, [['1'], ['推进证照分离改革。'], ['县审批局'], ['6月底前']], { band: '二、加强宣传引导' }, [['2'], ['做好政策宣传解读。'], ['县融媒体中心'], ['持续推进']]]),
    ]).blocks.map((b) => b.text);
    expect(rows).toEqual(['序号 | 工作任务 | 牵头单位 | 完成时限', '一、优化营商环境', '1 | 推进证照分离改革。 | 县审批局 | 6月底前', '二、加强宣传引导', '2 | 做好政策宣传解读。 | 县融媒体中心 | 持续推进']);
  });
});

describe('band-row: the rows after the band', () => {
  it('carry on the table read from its header: the band does not end it', () => {
    const blocks = layoutPdf([ruledPage([HEADER, { band: '一、优化营商环境' }, [['1'], ['推进证照分离改革。'], ['县审批局'], ['6月底前']]])]).blocks;
    expect(blocks.filter((b) => b.standalone).map((b) => b.text.split(' | ').length)).toEqual([4, 1, 4]);
  });
});

describe('band-row: inside the frame of a table whose header is centred', () => {
  it('is a row of the table though its text begins left of the centred 序号', () => {
    const page = ruledPage([HEADER, { band: '一、优化营商环境' }, [['1'], ['推进证照分离改革。'], ['县审批局'], ['6月底前']], { band: '二、加强宣传引导' }, [['2'], ['做好政策宣传解读。'], ['县融媒体中心'], ['持续推进']]]);
    // the header's cells and the numbers centred, as Word and LibreOffice set them; the bands' text at the frame's left edge
    for (const item of page.items) {
      if (item.str === '序号' || item.str === '1' || item.str === '2') item.x = XS[0] + 12;
      if (item.str === '工作任务') item.x = XS[1] + 40;
      if (item.str.includes('、')) item.x = XS[0] + 1;
    }
    const rows = layoutPdf([page]).blocks.map((b) => b.text);
    expect(rows).toEqual(['序号 | 工作任务 | 牵头单位 | 完成时限', '一、优化营商环境', '1 | 推进证照分离改革。 | 县审批局 | 6月底前', '二、加强宣传引导', '2 | 做好政策宣传解读。 | 县融媒体中心 | 持续推进']);
  });
});
