import { describe, expect, it } from 'vitest';
import { joinCellLines } from './cell-lines';
import type { LayoutBlock } from './repair';

const blocks = (...texts: string[]): LayoutBlock[] => {
  let at = 0;
  return texts.map((text) => {
    const b = { text, start: at, end: at + text.length };
    at += text.length + 1;
    return b;
  });
};
const rows = (...texts: string[]) => joinCellLines(blocks(...texts)).map((b) => b.text);

describe('joinCellLines: a table copied one cell a line', () => {
  it('puts each row back together, several bodies of one cell joined', () => {
    expect(
      rows('附件', '序号', '民生实事', '责任单位', '完成时限', '1', '启动县图书馆新馆建设。', '县文体广新局', '县代建中心', '12月底前', '2', '新建2座人行天桥。', '县住建局', '9月投入使用'),
    ).toEqual(['附件', '序号 | 民生实事 | 责任单位 | 完成时限', '1 | 启动县图书馆新馆建设。 | 县文体广新局、县代建中心 | 12月底前', '2 | 新建2座人行天桥。 | 县住建局 | 9月投入使用']);
  });

  it('keeps a second task under the same 序号 and bodies in its row', () => {
    expect(rows('序号', '民生实事', '责任单位', '完成时限', '1', '开工建设县老年养护楼。', '县民政局', '5月底前动工', '开工建设老年大学。', '12月底前')).toEqual([
      '序号 | 民生实事 | 责任单位 | 完成时限',
      '1 | 开工建设县老年养护楼。开工建设老年大学。 | 县民政局 | 5月底前动工；12月底前',
    ]);
  });

  it('reads a table without a time column, and gaps in 序号', () => {
    expect(rows('序号', '工作任务', '牵头单位', '1', '推进改革。', '县审批局', '3', '建设平台。', '县数据局')).toEqual([
      '序号 | 工作任务 | 牵头单位',
      '1 | 推进改革。 | 县审批局',
      '3 | 建设平台。 | 县数据局',
    ]);
  });

  it('leaves the lines after the last row that name no body and no time', () => {
    expect(rows('序号', '工作任务', '责任单位', '完成时限', '1', '推进改革。', '县审批局', '6月底前', '抄送：县委办公室。')).toEqual([
      '序号 | 工作任务 | 责任单位 | 完成时限',
      '1 | 推进改革。 | 县审批局 | 6月底前',
      '抄送：县委办公室。',
    ]);
  });

  it('marks the rows as blocks of their own', () => {
    const out = joinCellLines(blocks('序号', '工作任务', '责任单位', '1', '推进改革。', '县审批局'));
    expect(out.map((b) => [b.standalone, b.start, b.end])).toEqual([
      [true, 0, 12],
      [true, 13, 25],
    ]);
  });
});
