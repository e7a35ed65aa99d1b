// A page of a ruled table for the PDF table tests: cells placed as LibreOffice sets them (each cell's lines centred
// in its row's height), with a rule under the header and each row, and rules only across the columns a row's
// cells close (a cell merged down the next row has no rule under it).
import type { PdfPage, PdfTextItem, Rule } from '../pdf-layout';

export const SIZE = 10.5;
export const PITCH = 13.6;
/** Left edges of the columns 序号 | 工作任务 | 牵头单位 | 完成时限, and the table's right edge. */
export const XS = [80, 110, 330, 420, 500];

/** A cell: its lines, or 'merged' when the cell above runs on into this row. */
export type RuledCell = string[] | 'merged';
/** A row of cells, or a band: one cell across the whole table. */
export type RuledRow = RuledCell[] | { band: string };

const item = (str: string, x: number, y: number): PdfTextItem => ({ str, x, y, width: [...str].length * SIZE, size: SIZE });

/** The page with its rows from `top` down; `ruled` false leaves the rules out (the same table printed without borders). */
export function ruledPage(rows: RuledRow[], top = 700, ruled = true, number = 1): PdfPage {
  const items: PdfTextItem[] = [];
  const rules: Rule[] = [{ left: XS[0], right: XS[XS.length - 1], y: top }];
  let y = top;
  rows.forEach((row, r) => {
    if (!Array.isArray(row)) {
      items.push(item(row.band, XS[0] + 4, y - PITCH + 2));
      y -= PITCH + 4;
      rules.push({ left: XS[0], right: XS[XS.length - 1], y });
      return;
    }
    // A merged cell's text is centred over all the rows it spans: its own row and those marked merged below it.
    const spanOf = (c: number) => {
      let n = 1;
      while (rows[r + n] && Array.isArray(rows[r + n]) && (rows[r + n] as RuledCell[])[c] === 'merged') n += 1;
      return n;
    };
    const height = Math.max(...row.map((cell) => (cell === 'merged' ? 1 : cell.length))) * PITCH + 4;
    row.forEach((cell, c) => {
      if (cell === 'merged') return;
      const span = spanOf(c);
      const total = span === 1 ? height : height * span;
      const first = y - (total - cell.length * PITCH) / 2 - PITCH + 3;
      cell.forEach((line, k) => items.push(item(line, XS[c] + 4, first - k * PITCH)));
    });
    const next = rows[r + 1];
    y -= height;
    row.forEach((_, c) => {
      const mergedBelow = next && Array.isArray(next) && next[c] === 'merged';
      if (!mergedBelow) rules.push({ left: XS[c], right: XS[c + 1], y });
    });
  });
  return { number, items, ...(ruled ? { rules } : {}) };
}
