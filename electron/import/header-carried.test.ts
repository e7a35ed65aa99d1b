import { describe, expect, it } from 'vitest';
import { layoutPdf } from './pdf-layout';
import { ruledPage, type RuledRow } from './__fixtures__/ruled-page';

// header-carried: a table's last row, too tall for its page, ends at the top of the next under the header repeated
// there; that part of the table holds no other row, so no line of it but the header has two cells.
const HEADER: RuledRow = [['序号'], ['工作任务'], ['牵头单位'], ['完成时限']];

describe('header-carried', () => {
  it('reads the rest of a row under the repeated header as the end of the row above', () => {
    const first = ruledPage([HEADER, [['1'], ['推进证照分离改革。'], ['县审批局'], ['6月底前']], [['2'], ['开展垃圾分类及《上海市生'], ['县绿化市容局'], ['全年']]], 700, true, 1);
    const second = ruledPage([HEADER, [[], ['活垃圾管理条例》的宣传培训。'], [], []]], 780, true, 2);
    const texts = layoutPdf([first, second]).blocks.map((b) => b.text);
    expect(texts).toContain('2 | 开展垃圾分类及《上海市生活垃圾管理条例》的宣传培训。 | 县绿化市容局 | 全年');
    expect(texts.some((t) => t.startsWith('序号 工作任务'))).toBe(false);
  });
});
