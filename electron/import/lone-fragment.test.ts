import { describe, expect, it } from 'vitest';
import { layoutPdf } from './pdf-layout';
import { ruledPage, XS } from './__fixtures__/ruled-page';

// lone-fragment: a row carried onto the next page leaves its last line (「设。」) at its cell's left under the repeated
// header, whose text is centred to the right of it; the next row's lines in that cell begin where it begins and reach
// across to the header's text. The fragment and the header are one column.
describe('lone-fragment', () => {
  it('keeps the table going when a cell’s next lines reach from a fragment at the cell’s left to the centred header', () => {
    const page = ruledPage([
      [['序号'], ['工作任务'], ['牵头单位'], ['完成时限']],
      [[], ['设。'], [], []],
      // cells of 1, 4, 2 and 3 lines, each centred in the row: no line of the row holds three cells
      [['27'], ['鼓励引导楼宇改造升级或转化', '利用等城市更新项目。重点推', '进恒隆广场项目、威海路项目', '等地标性项目。'], ['县规划资源局、', '县商务委'], ['12月', '底', '前']],
      [['28'], ['推动商务楼宇提质增效。'], ['县发改委'], ['持续推进']],
    ]);
    for (const item of page.items) if (item.str === '工作任务') item.x = XS[1] + 70;
    const texts = layoutPdf([page]).blocks.map((b) => b.text);
    expect(texts).toContain('27 | 鼓励引导楼宇改造升级或转化利用等城市更新项目。重点推进恒隆广场项目、威海路项目等地标性项目。 | 县规划资源局、县商务委 | 12月底前');
    expect(texts).toContain('28 | 推动商务楼宇提质增效。 | 县发改委 | 持续推进');
    expect(texts[0]).toBe('序号 | 工作任务 | 牵头单位 | 完成时限');
  });
});
