import { describe, expect, it } from 'vitest';
import { layoutPdf } from './pdf-layout';
import { ruledPage, type RuledRow } from './__fixtures__/ruled-page';

// wrapped-header: narrow header cells wrap onto two lines (序/号, 牵头/单位, 完成/时限) inside the one ruled header row.
const ROW: RuledRow = [['1'], ['推进证照分离改革。'], ['县审批局'], ['6月底前']];
const ROW2: RuledRow = [['2'], ['做好政策宣传解读。'], ['县融媒体中心'], ['持续推进']];

describe('wrapped-header: a header row whose cells wrap', () => {
  it('reads each wrapped cell as one heading, with a category row under the header', () => {
    const page = ruledPage([[['序', '号'], ['工作任务'], ['牵头', '单位'], ['完成', '时限']], { band: '一、优化营商环境' }, ROW, ROW2]);
    const texts = layoutPdf([page]).blocks.map((b) => b.text);
    expect(texts.slice(0, 4)).toEqual(['序号 | 工作任务 | 牵头单位 | 完成时限', '一、优化营商环境', '1 | 推进证照分离改革。 | 县审批局 | 6月底前', '2 | 做好政策宣传解读。 | 县融媒体中心 | 持续推进']);
  });

  it('reads a header where no line holds three cells (only 序号 and 完成时限 wrap)', () => {
    const page = ruledPage([[['序', '号'], ['工作任务'], ['牵头单位'], ['完成', '时限']], { band: '一、优化营商环境' }, ROW, ROW2]);
    const texts = layoutPdf([page]).blocks.map((b) => b.text);
    expect(texts.slice(0, 3)).toEqual(['序号 | 工作任务 | 牵头单位 | 完成时限', '一、优化营商环境', '1 | 推进证照分离改革。 | 县审批局 | 6月底前']);
  });

  it('reads a header cell wrapped onto three lines', () => {
    const page = ruledPage([[['序', '号'], ['工作任务'], ['牵头', '单位'], ['完成', '时限', '要求']], ROW, ROW2]);
    const texts = layoutPdf([page]).blocks.map((b) => b.text);
    expect(texts[0]).toBe('序号 | 工作任务 | 牵头单位 | 完成时限要求');
  });
});
