// table-last-cell on progress tables, negative cases (see report-layout-cell-table.test.ts).
import { describe, expect, it } from 'vitest';
import { endsOnTableCell, findClosingBlock, nonEmptyLines } from './report-layout';

const lines = (text: string) => nonEmptyLines(text.split('\n').map((t, index) => ({ index, text: t })));

describe('table-last-cell on progress tables: negative cases', () => {
  it('still reads a report’s signature at its end', () => {
    const text = ['区民政局关于养老服务工作情况的报告', '一、工作开展情况', '今年以来，我局推进养老服务体系建设。', '区民政局'].join('\n');
    expect(findClosingBlock(lines(text)).names).toEqual(['区民政局']);
  });

  it.each([
    ['a 责任单位 label with its value on the line', ['责任单位：区财政局', '1', '区财政局']],
    ['a responsible column not followed by row 1', ['序号', '内容', '责任单位', '一、养老服务', '区民政局']],
    ['a 责任单位 word inside a sentence', ['各责任单位要按时报送。', '1', '区民政局']],
  ])('does not read %s as the end of a table', (_what, text) => {
    expect(endsOnTableCell(lines(text.join('\n')))).toBe(false);
  });
});
