// Whether a table's first column numbers the policy's measures or merely counts rows. A row whose own
// words name a measure (its title, 第十条) other than the number in its first cell shows the column is
// a running count (序号 1, 2, 3 beside 提高职业技能, 强化创业扶持): the words are trusted, not the number.
import type { TableRow } from './measure-references';

/**
 * For each paragraph, whether the number in its table row's first cell may stand for a measure.
 * `rows[k]` is paragraph k's row (null outside tables); `named` gives the measures a row's other cells
 * name. A table where some rows contradict their number and none confirms it is a row count throughout;
 * in a mixed table only the contradicting rows are.
 */
export function trustedRowNumbers(rows: (TableRow | null)[], named: (row: TableRow) => Set<number>, blank: (k: number) => boolean): boolean[] {
  const trusted = rows.map((row) => row !== null && row.number !== null);
  let k = 0;
  while (k < rows.length) {
    if (rows[k] === null) {
      k++;
      continue;
    }
    // one table: consecutive rows, blank lines between them allowed
    const members: number[] = [];
    let end = k;
    while (end < rows.length && (rows[end] !== null || blank(end))) {
      if (rows[end] !== null) members.push(end);
      end++;
    }
    let agree = 0;
    let contradict = 0;
    for (const i of members) {
      const row = rows[i] as TableRow;
      if (row.number === null) continue;
      const names = named(row);
      if (names.size === 0) continue;
      if (names.has(row.number)) agree++;
      else {
        contradict++;
        trusted[i] = false;
      }
    }
    if (contradict > 0 && agree === 0) for (const i of members) trusted[i] = false;
    k = end;
  }
  return trusted;
}
