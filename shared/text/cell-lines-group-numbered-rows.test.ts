import { describe, expect, it } from 'vitest';
import { cellRows as rows } from './__fixtures__/cell-rows';

// The group-numbered-rows rule: a table with the lead's and the supporters' columns whose rows carry no 序号, group rows
// numbered in brackets standing over rows of work / answering body / assisting bodies. Each group is one row.

describe('joinCellLines: group rows numbered in brackets over rows without a 序号', () => {
  it('reads each group as one row, its rows\' bodies gathered', () => {
    expect(
      rows(
        '序号', '重点工作内容', '责任单位', '配合单位',
        '一、关于优化经济结构',
        '(1)加快发展现代服务业。',
        '第三产业增加值比重再提高1%。', '经委', '发改委',
        '继续推进新虹桥生态商务区建设。', '徐泾镇', '区新虹桥生态商务区办公室、发改委、经委',
        '(2)大力发展先进制造业。',
        '合同引进外资5亿美元。', '外经委', '青浦工业园区',
      ),
    ).toEqual([
      '序号 | 重点工作内容 | 责任单位 | 配合单位',
      '一、关于优化经济结构',
      '(1) | 加快发展现代服务业。第三产业增加值比重再提高1%。继续推进新虹桥生态商务区建设。 | 经委、徐泾镇 | 发改委、区新虹桥生态商务区办公室',
      '(2) | 大力发展先进制造业。合同引进外资5亿美元。 | 外经委 | 青浦工业园区',
    ]);
  });
});
