import { describe, expect, it } from 'vitest';
import { cellLine, linesToBlocks, resolveMerges, sheetLines, type SheetGrid } from './xlsx-rows';

const grid = (cells: string[][], merges: SheetGrid['merges'] = []): SheetGrid => ({ cells, merges });

describe('cellLine', () => {
  it.each([
    ['牵头单位\n（责任领导）', '牵头单位 （责任领导）'],
    ['  市财政局\t', '市财政局'],
    ['', ''],
  ])('%j → %j', (cell, line) => expect(cellLine(cell)).toBe(line));
});

describe('rule "merged cells"', () => {
  it('a range across a row keeps one wide cell', () => {
    const rows = resolveMerges(grid([['一、提升政务服务效能', '', '']], [{ top: 0, left: 0, bottom: 0, right: 2 }]));
    expect(rows).toEqual([['一、提升政务服务效能', null, null]]);
  });

  it('a range down the leading columns leaves the rows below short on the left, as Word does', () => {
    const rows = resolveMerges(
      grid(
        [
          ['1', '优化审批', '措施甲', '市住建局'],
          ['', '', '措施乙', '市住建局'],
        ],
        [
          { top: 0, left: 0, bottom: 1, right: 0 },
          { top: 0, left: 1, bottom: 1, right: 1 },
        ],
      ),
    );
    expect(rows[1]).toEqual([null, null, '措施乙', '市住建局']);
  });

  it('a range down a later column (a lead unit written once) gives its value to each row', () => {
    const rows = resolveMerges(
      grid(
        [
          ['1', '措施甲', '市住建局', '6月底前'],
          ['2', '措施乙', '', '9月底前'],
        ],
        [{ top: 0, left: 2, bottom: 1, right: 2 }],
      ),
    );
    expect(rows[1]).toEqual(['2', '措施乙', '市住建局', '9月底前']);
  });

  it('negative: cells outside any range are kept as written, empty ones too', () => {
    expect(resolveMerges(grid([['1', '', '市财政局']]))).toEqual([['1', '', '市财政局']]);
  });
});

describe('sheetLines', () => {
  it('joins a row’s cells with " | ", keeping empty cells inside the table', () => {
    expect(sheetLines(grid([['序号', '任务', '配合单位'], ['1', '措施甲', '']]))).toEqual(['序号 | 任务 | 配合单位', '1 | 措施甲 | ']);
  });

  it('rule "one filled cell": a title, category or note row is its text alone', () => {
    expect(sheetLines(grid([['', '填报单位：市财政局', ''], ['序号', '任务', '落实情况']]))).toEqual(['填报单位：市财政局', '序号 | 任务 | 落实情况']);
  });

  it('rule "empty columns": columns with nothing in them are not cells; empty rows are left out', () => {
    expect(sheetLines(grid([['', '序号', '', '任务'], ['', '', '', ''], ['', '1', '', '措施甲']]))).toEqual(['序号 | 任务', '1 | 措施甲']);
  });

  it('negative: a sheet with no cells gives no lines', () => {
    expect(sheetLines(grid([]))).toEqual([]);
  });
});

describe('linesToBlocks', () => {
  it('gives one standalone block per line with offsets into the text', () => {
    const { text, blocks } = linesToBlocks(['标题', '1 | 措施']);
    expect(text).toBe('标题\n1 | 措施');
    expect(blocks.map((b) => [text.slice(b.start, b.end), b.standalone])).toEqual([
      ['标题', true],
      ['1 | 措施', true],
    ]);
  });
});
