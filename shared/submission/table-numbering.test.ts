import { describe, expect, it } from 'vitest';
import { tableRow, type TableRow } from './measure-references';
import { trustedRowNumbers } from './table-numbering';

// Rows name measures by the words in their second cell: "甲" is measure 1, "乙" 2, "丙" 3.
const MEASURE_OF: Record<string, number> = { 甲: 1, 乙: 2, 丙: 3 };
const named = (row: TableRow) => new Set([...(row.cells[1] ?? '')].flatMap((c) => (MEASURE_OF[c] ? [MEASURE_OF[c]] : [])));

function trusted(lines: string[]): boolean[] {
  return trustedRowNumbers(lines.map(tableRow), named, (k) => lines[k].trim() === '');
}

describe('trustedRowNumbers', () => {
  it('a table whose rows contradict their numbers counts rows throughout', () => {
    expect(trusted(['序号 | 任务', '1 | 乙任务', '2 | 丙任务', '3 | 其他工作'])).toEqual([false, false, false, false]);
  });

  it('a table whose numbers agree with the rows keeps them', () => {
    expect(trusted(['条款 | 任务', '2 | 乙任务', '3 | 丙任务', '1 | 其他工作'])).toEqual([false, true, true, true]);
  });

  it('in a mixed table only the contradicting row loses its number', () => {
    expect(trusted(['条款 | 任务', '2 | 乙任务', '1 | 丙任务', '3 | 其他工作'])).toEqual([false, true, false, true]);
  });

  it('rows naming nothing keep their numbers', () => {
    expect(trusted(['序号 | 任务', '1 | 召开会议', '2 | 印发方案'])).toEqual([false, true, true]);
  });

  it('tables are judged apart; blank lines do not end a table, text does', () => {
    const lines = ['1 | 乙任务', '', '2 | 丙任务', '正文一段。', '1 | 甲任务', '2 | 其他'];
    expect(trusted(lines)).toEqual([false, false, false, false, true, true]);
  });
});
