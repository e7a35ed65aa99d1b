// Layout rule (spanned-header): a task table whose 序号 column has no header cell of its own, the header's first cell
// spanning it and the column before it (工作任务 over the task's kind and the 序号: 工作任务 | 具体要求 | 责任科室 |
// 时限要求 over 强化…公开 | 1 | 对…公布… | 办公室 | 年底前). A Word or PDF table gives such a header one cell fewer than
// its rows. When the header names no 序号 and a row has exactly one cell more, a bare number in its second cell, that
// cell is the 序号 and the header's first cell names the column before it. Pure.
import type { Column } from './policy-table';

const SEQ_CELL = /^\d{1,3}[.．、]?$/;

/** The header's columns with the 序号 the row shows under a spanned first cell, or null when the row shows none. */
export function withUnheadedSeq(columns: Column[], cells: string[]): Column[] | null {
  if (columns.includes('seq') || cells.length !== columns.length + 1) return null;
  if (!SEQ_CELL.test(cells[1]) || cells[0] === '' || SEQ_CELL.test(cells[0])) return null;
  return [columns[0], 'seq', ...columns.slice(1)];
}
