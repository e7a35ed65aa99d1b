// A sheet's cells as the rows the Word importer gives for a table: cells joined by " | ", one block per row,
// so the policy and report readers (task tables, division tables, numbered returns) read a spreadsheet the
// way they read a table in Word. Each rule below is named and tested on its own in xlsx-rows.test.ts.
import type { LayoutBlock } from '../../shared/text/repair';

/** A rectangle of merged cells, zero-based and inclusive, as spreadsheet readers give them. */
export interface MergedRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetGrid {
  /** cells[row][column]; text already made readable (dates in Chinese, numbers as shown). */
  cells: string[][];
  merges: MergedRange[];
}

/** A cell's text on one line, as the Word importer joins a cell's paragraphs. */
export function cellLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Rule "merged cells": a range's value stays in its top-left cell. The cells it covers to the right are
 * dropped (one wide cell, as Word gives a spanned cell). Below, the covered cells of a row's leading
 * columns are dropped too, as Word does for a vertically merged 序号 or 类别, so the row is short on the
 * left; a range covering later cells (a lead unit or a deadline written once for several tasks) gives its
 * value to each row it covers, since it applies to each.
 */
export function resolveMerges(grid: SheetGrid): (string | null)[][] {
  const rows: (string | null)[][] = grid.cells.map((r) => r.map(cellLine));
  const width = Math.max(0, ...rows.map((r) => r.length));
  for (const r of rows) while (r.length < width) r.push('');
  const below = rows.map((r) => r.map(() => false));
  for (const m of grid.merges) {
    const value = rows[m.top]?.[m.left] ?? '';
    for (let r = m.top; r <= Math.min(m.bottom, rows.length - 1); r++) {
      for (let c = m.left; c <= Math.min(m.right, width - 1); c++) {
        if (r === m.top && c === m.left) continue;
        if (c > m.left) rows[r][c] = null;
        else {
          rows[r][c] = value;
          below[r][c] = true;
        }
      }
    }
  }
  for (let r = 0; r < rows.length; r++) {
    // the row's leading run of vertically covered cells is dropped
    for (let c = 0; c < width && (below[r][c] || rows[r][c] === null); c++) rows[r][c] = null;
  }
  return rows;
}

/** Rule "empty columns": a column with no text in any row is not part of the table. */
function filledColumns(rows: (string | null)[][]): number[] {
  const width = Math.max(0, ...rows.map((r) => r.length));
  const keep: number[] = [];
  for (let c = 0; c < width; c++) if (rows.some((r) => (r[c] ?? '') !== '')) keep.push(c);
  return keep;
}

/**
 * The lines of one sheet. Rule "one filled cell": a row with a single filled cell (a title, a category
 * row 一、…, a note, 填报单位：…) is that text alone, as a row merged across the table is in Word. Empty rows
 * are left out.
 */
export function sheetLines(grid: SheetGrid): string[] {
  const rows = resolveMerges(grid);
  const columns = filledColumns(rows);
  const lines: string[] = [];
  for (const row of rows) {
    const cells = columns.map((c) => row[c]).filter((v): v is string => v !== null && v !== undefined);
    const filled = cells.filter((v) => v !== '');
    if (filled.length === 0) continue;
    lines.push(filled.length === 1 ? filled[0] : cells.join(' | '));
  }
  return lines;
}

/** The document text and blocks for the lines of all sheets, one standalone block per line. */
export function linesToBlocks(lines: string[]): { text: string; blocks: LayoutBlock[] } {
  let text = '';
  const blocks: LayoutBlock[] = [];
  for (const line of lines) {
    if (text) text += '\n';
    const start = text.length;
    text += line;
    blocks.push({ text: line, start, end: text.length, standalone: true, typedSpaces: true });
  }
  return { text, blocks };
}
