import { describe, expect, it } from 'vitest';
import { layoutPdf } from './pdf-layout';
import { ruledPage, SIZE, XS, type RuledRow } from './__fixtures__/ruled-page';

// header-carried, negative cases: only the table's own header line, met again on a later page, carries the table on.
const HEADER: RuledRow = [['序号'], ['工作任务'], ['牵头单位'], ['完成时限']];

describe('header-carried, negative cases', () => {
  it('reads a line of three parts on the next page that is not the header, with prose under it, as no table', () => {
    const first = ruledPage([HEADER, [['1'], ['推进证照分离改革。'], ['县审批局'], ['6月底前']], [['2'], ['做好政策宣传解读。'], ['县融媒体中心'], ['全年']]], 700, true, 1);
    const item = (str: string, x: number, y: number) => ({ str, x, y, width: [...str].length * SIZE, size: SIZE });
    const second = {
      number: 2,
      items: [item('抄送：', XS[0], 760), item('县委办公室', XS[2], 760), item('县人大办公室', XS[3], 760), item('各单位要按期报送落实情况。', XS[0] + 20, 745)],
    };
    const blocks = layoutPdf([first, second]).blocks;
    const prose = blocks.find((b) => b.text.includes('各单位要按期报送'));
    expect(prose?.standalone).toBeFalsy();
    expect(blocks.find((b) => b.text.startsWith('2 | '))?.text).toBe('2 | 做好政策宣传解读。 | 县融媒体中心 | 全年');
  });
});
