// Layout rule (row-across-pages): a table row too tall for what is left of its page is printed in two parts, its
// first lines at the foot of one page and the rest at the top of the next, under the header row repeated there. The
// rest has no 序号 of its own (the number was printed with the first part) yet text in other cells: it is no row but
// the end of the row above, cell by cell. Only a row straight after the repeated header, on the page after the
// table's last, with nothing in between, is read so. Pure.

export interface PageTableRows {
  page: number;
  rows: { cells: string[] }[];
}

const same = (a: string[], b: string[]) => a.length === b.length && a.every((t, i) => t === b[i]);

/**
 * The index in `next.rows` of the row that finishes `prev`'s last row, or -1. `adjacent` says that nothing lies
 * between the two tables but page furniture.
 */
export function continuedRow(prev: PageTableRows, next: PageTableRows, adjacent: boolean): number {
  if (!adjacent || next.page !== prev.page + 1 || prev.rows.length < 2 || next.rows.length < 2) return -1;
  const header = prev.rows[0].cells;
  if (header.length < 2 || !same(header, next.rows[0].cells)) return -1;
  const last = prev.rows[prev.rows.length - 1].cells;
  const rest = next.rows[1].cells;
  if (last.length !== header.length || rest.length !== header.length) return -1;
  if (last[0].trim() === '' || rest[0].trim() !== '') return -1;
  return rest.some((t) => t.trim() !== '') ? 1 : -1;
}

/** The row's two parts as one: each cell's first part and its rest joined by `join`. */
export function joinedRow(first: string[], rest: string[], join: (parts: string[]) => string): string[] {
  return first.map((t, i) => join([t, rest[i] ?? ''].filter((p) => p !== '')));
}
