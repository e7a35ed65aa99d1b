import { describe, expect, it } from 'vitest';
import { cellRows as rows } from './__fixtures__/cell-rows';

// closing-bar: a table copied one cell a line with the bar that stood after each cell (「序号 |」, 「县教育局 |」) reads
// as the same table without its bars.
describe('joinCellLines: cells each closing on a bar', () => {
  it('drops the bars and joins the rows under the header', () => {
    expect(rows('附件', '序号 |', '工作任务 |', '责任单位 |', '完成时限 |', '1 |', '新建公办幼儿园2所。 |', '县教育局 |', '12月底前 |', '2 |', '改造农村学校厕所。 |', '县教育局 |', '9月底前 |')).toEqual([
      '附件',
      '序号 | 工作任务 | 责任单位 | 完成时限',
      '1 | 新建公办幼儿园2所。 | 县教育局 | 12月底前',
      '2 | 改造农村学校厕所。 | 县教育局 | 9月底前',
    ]);
  });
});
