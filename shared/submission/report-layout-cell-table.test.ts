// table-last-cell, on a progress table: a table pasted one cell a line, its header ending on the column of the body
// responsible for each row, ends on that column's cell, which is no signature (report-layout.ts, endsOnTableCell).
import { describe, expect, it } from 'vitest';
import { defaultDirectory } from '../extract/departments';
import { detectDepartments } from './detect-departments';
import { endsOnTableCell, findClosingBlock, nonEmptyLines } from './report-layout';

const paragraphs = (text: string) => text.split('\n').map((t, index) => ({ index, text: t }));
const table = (responsible: string, last: string) =>
  ['2021年市政府重点工作半年度进展情况表', '序号', '内容与要求', '进展情况', responsible, '1', '确保地区生产总值增长7%以上。', '上半年，全市生产总值增长13.7%。', last].join('\n');

describe('table-last-cell: a progress table', () => {
  it.each(['责任单位', '牵头单位', '责任部门', '牵头部门'])('reads no signature at the end of a table whose last column is %s', (column) => {
    const lines = nonEmptyLines(paragraphs(table(column, '市发改委')));
    expect(endsOnTableCell(lines)).toBe(true);
    expect(findClosingBlock(lines).names).toEqual([]);
  });

  it('lets the disclosure block name the publisher instead of the last row’s bureau', () => {
    const text = ['发布机构: 市政府办公室', table('责任单位', '市发改委')].join('\n');
    const found = detectDepartments(paragraphs(text), { directory: defaultDirectory(), policyDepartments: [] });
    expect(found.departments).toEqual(['市人民政府办公室']);
  });
});
