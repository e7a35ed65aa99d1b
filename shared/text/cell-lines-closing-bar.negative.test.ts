import { describe, expect, it } from 'vitest';
import { cellRows as rows } from './__fixtures__/cell-rows';

// closing-bar: only the lines from a 序号 line so closed on are a table's cells; a pipe table's rows, with bars inside,
// and prose closing on a bar stay as they are.
describe('joinCellLines: bars that close no cell of a table copied one a line', () => {
  it('leaves a pipe table one row a line as it is', () => {
    const table = ['序号 | 工作任务 | 责任单位 |', '1 | 新建公办幼儿园2所。 | 县教育局 |'];
    expect(rows(...table)).toEqual(table);
  });

  it('leaves lines closing on a bar with no 序号 line over them', () => {
    const lines = ['工作任务 |', '新建公办幼儿园2所。 |', '县教育局 |'];
    expect(rows(...lines)).toEqual(lines);
  });
});
