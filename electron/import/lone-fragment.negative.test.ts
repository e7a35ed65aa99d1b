import { describe, expect, it } from 'vitest';
import { layoutPdf } from './pdf-layout';
import { ruledPage, XS } from './__fixtures__/ruled-page';

// lone-fragment, negative cases: only a line beginning where the lone fragment begins joins it to the column on its
// right; a line that begins elsewhere and crosses both is no cell's.
describe('lone-fragment, negative cases', () => {
  it('keeps a category row that begins at the first column a band, not one cell with the header beside it', () => {
    const page = ruledPage([[['序', '号'], ['工作任务'], ['牵头', '单位'], ['完成', '时限']], { band: '一、优化营商环境' }, [['1'], ['推进证照分离改革。'], ['县审批局'], ['6月底前']]]);
    const texts = layoutPdf([page]).blocks.map((b) => b.text);
    expect(texts[0]).toBe('序号 | 工作任务 | 牵头单位 | 完成时限');
    expect(texts[1]).toBe('一、优化营商环境');
  });

  it('leaves a line of prose that begins left of the fragment out of the table', () => {
    const page = ruledPage([
      [['序号'], ['工作任务'], ['牵头单位'], ['完成时限']],
      [[], ['设。'], [], []],
    ]);
    for (const item of page.items) if (item.str === '工作任务') item.x = XS[1] + 70;
    const fragment = page.items.find((i) => i.str === '设。')!;
    const text = '以上任务由各单位按职责抓好落实。';
    page.items.push({ str: text, x: fragment.x - 20, y: fragment.y - 14, width: [...text].length * 10.5, size: 10.5 });
    const blocks = layoutPdf([page]).blocks;
    const prose = blocks.find((b) => b.text.includes('以上任务由各单位'));
    expect(prose?.text).toBe(text);
    expect(prose?.standalone).toBeFalsy();
  });
});
