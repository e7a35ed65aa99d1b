// Writes the office's workbook (shared/export/workbook.ts) as .xlsx with exceljs: a title line, a bold
// header row that stays in view (frozen) and repeats on every printed page, filters on the header, status
// cells coloured and written in words, and the page set up for A4 landscape: fitted to the page width, or, for a
// sheet too wide to read at that size (the matrix of a policy with many measures), printed across as many pages as
// keep the print legible, its frozen columns (the departments) repeated on each.
import ExcelJS from 'exceljs';
import type { ComplianceResult, ObligationStatus, PolicyExtract } from '../../shared/types';
import { complianceBook, type BookContent, type BookSheet } from '../../shared/export/workbook';
import { stripXmlForbiddenDeep } from '../../shared/text/xml-safe';

/** Fill colours (ARGB) for statuses: light enough that the words in them stay readable when printed. */
export const STATUS_FILL: Record<ObligationStatus, string> = {
  on_time: 'FFC6EFCE',
  late: 'FFFFE699',
  missing: 'FFFFC7CE',
  pending: 'FFE7E9EC',
};

const THIN = { style: 'thin' as const, color: { argb: 'FF9AA5B1' } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const FONT = '宋体';

// What an A4 landscape page holds, in column-width units (characters), printed no smaller than about three quarters
// of full size: 271 mm between the margins, a unit about 1.85 mm at full size.
const PAGE_UNITS = 195;

/**
 * How many pages wide a sheet prints: one when its columns fit a page; otherwise as many as hold the columns after
 * the frozen ones, the frozen columns taking their room on every page again.
 */
export function pagesWide(widths: readonly number[], frozenColumns: number): number {
  const total = widths.reduce((a, b) => a + b, 0);
  if (total <= PAGE_UNITS) return 1;
  const frozen = widths.slice(0, frozenColumns).reduce((a, b) => a + b, 0);
  return Math.ceil((total - frozen) / Math.max(1, PAGE_UNITS - frozen));
}

/** How many columns the first of `across` pages holds: the frozen ones and their share of the rest. */
function firstPageColumns(widths: readonly number[], frozenColumns: number, across: number): number {
  const rest = widths.slice(frozenColumns).reduce((a, b) => a + b, 0) / across;
  let count = frozenColumns;
  for (let used = 0; count < widths.length && used + widths[count] <= rest; count++) used += widths[count];
  return Math.max(1, count);
}

// A 10-point character takes about 1.9 width units; a wrapped line of the header, about 13 points of height.
const CHAR_UNITS = 1.9;
const LINE_POINTS = 13;

/** The lines a text takes wrapped in a column `width` units wide, each of its own lines counted on its own. */
export function wrappedLines(text: string, width: number): number {
  return text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil((line.length * CHAR_UNITS) / Math.max(1, width - 1))), 0);
}

/** The header row's height: the longest heading wrapped in its column, shown whole (within reason). */
function headerHeight(header: readonly (string | number)[], widths: readonly number[]): number {
  const lines = Math.max(...header.map((h, k) => wrappedLines(String(h), widths[k] ?? 10)));
  return Math.min(120, Math.max(42, lines * LINE_POINTS + 6));
}

/**
 * A row's height where a cell of a wrapping column runs over more than one line, so that every line shows (a
 * spreadsheet keeps the default height of a row written without one, and the lines would run into the next row);
 * undefined where every cell fits one line. At most the tallest a row may be (409 points).
 */
export function wrappedRowHeight(values: readonly unknown[], widths: readonly number[], wrap: ReadonlySet<number>): number | undefined {
  let lines = 1;
  for (const k of wrap) {
    const value = values[k];
    if (typeof value === 'string' && value !== '') lines = Math.max(lines, wrappedLines(value, widths[k] ?? 10));
  }
  return lines > 1 ? Math.min(409, lines * LINE_POINTS + 4) : undefined;
}

/** The letter of a column (1 → A, 27 → AA). */
function columnLetter(n: number): string {
  let out = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) out = String.fromCharCode(65 + ((k - 1) % 26)) + out;
  return out;
}

function addSheet(book: ExcelJS.Workbook, spec: BookSheet): void {
  const width = spec.header.length;
  const headerRow = 2;
  const across = pagesWide(spec.widths, spec.frozenColumns);
  const ws = book.addWorksheet(spec.name, {
    views: [{ state: 'frozen', xSplit: spec.frozenColumns, ySplit: headerRow }],
    pageSetup: {
      paperSize: 9, // A4
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: across,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      printTitlesRow: `${headerRow}:${headerRow}`,
      ...(across > 1 && spec.frozenColumns > 0 ? { printTitlesColumn: `A:${columnLetter(spec.frozenColumns)}` } : {}),
    },
    headerFooter: { oddFooter: `&C${spec.name}　第 &P 页，共 &N 页` },
  });
  ws.columns = spec.widths.map((w) => ({ width: w }));

  // Printed across several pages, the title stands over the first page's columns, not over the middle of the sheet.
  const title = ws.addRow([spec.title]);
  ws.mergeCells(1, 1, 1, across > 1 ? firstPageColumns(spec.widths, spec.frozenColumns, across) : width);
  title.font = { name: FONT, size: 14, bold: true };
  title.alignment = { horizontal: 'center', vertical: 'middle', wrapText: across > 1 };
  title.height = across > 1 ? 40 : 28;

  const header = ws.addRow(spec.header);
  header.height = headerHeight(spec.header, spec.widths);
  header.eachCell((cell) => {
    cell.font = { name: FONT, size: 10, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDE3EA' } };
    cell.border = BORDER;
  });

  const wrap = new Set(spec.wrap);
  for (const cells of spec.rows) {
    const row = ws.addRow(cells.map((c) => c.value));
    const height = wrappedRowHeight(cells.map((c) => c.value), spec.widths, wrap);
    if (height !== undefined) row.height = height;
    cells.forEach((c, k) => {
      const cell = row.getCell(k + 1);
      cell.font = { name: FONT, size: 10 };
      cell.border = BORDER;
      cell.alignment = { vertical: 'middle', wrapText: wrap.has(k), horizontal: c.status || typeof c.value === 'number' ? 'center' : 'left' };
      if (c.status) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: STATUS_FILL[c.status] } };
    });
  }
  ws.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow + spec.rows.length, column: width } };

  if (spec.notes.length) ws.addRow([]);
  for (const note of spec.notes) {
    const row = ws.addRow([note]);
    ws.mergeCells(row.number, 1, row.number, Math.min(width, 8));
    row.font = { name: FONT, size: 9, color: { argb: 'FF52606D' } };
  }
}

/** Writes the workbook; characters XML 1.0 forbids are dropped from every text first, so the file always opens. */
export async function writeWorkbook(content: BookContent): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = '落实';
  for (const sheet of stripXmlForbiddenDeep(content).sheets) addSheet(book, sheet);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** The matrix, the missing-and-late list and the ledger, as one .xlsx. */
export function buildComplianceWorkbook(policy: PolicyExtract, result: ComplianceResult): Promise<Buffer> {
  return writeWorkbook(complianceBook(policy, result));
}
