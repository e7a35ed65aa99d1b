// Writes the office's workbook (shared/export/workbook.ts) as .xlsx with exceljs: a title line, a bold
// header row that stays in view (frozen) and repeats on every printed page, filters on the header, status
// cells coloured and written in words, and the page set up for A4 landscape, fitted to the page width.
import ExcelJS from 'exceljs';
import type { ComplianceResult, ObligationStatus, PolicyExtract } from '../../shared/types';
import { complianceBook, type BookContent, type BookSheet } from '../../shared/export/workbook';

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

function addSheet(book: ExcelJS.Workbook, spec: BookSheet): void {
  const width = spec.header.length;
  const headerRow = 2;
  const ws = book.addWorksheet(spec.name, {
    views: [{ state: 'frozen', xSplit: spec.frozenColumns, ySplit: headerRow }],
    pageSetup: {
      paperSize: 9, // A4
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      printTitlesRow: `${headerRow}:${headerRow}`,
    },
    headerFooter: { oddFooter: `&C${spec.name}　第 &P 页，共 &N 页` },
  });
  ws.columns = spec.widths.map((w) => ({ width: w }));

  const title = ws.addRow([spec.title]);
  ws.mergeCells(1, 1, 1, width);
  title.font = { name: FONT, size: 14, bold: true };
  title.alignment = { horizontal: 'center', vertical: 'middle' };
  title.height = 28;

  const header = ws.addRow(spec.header);
  header.height = 42;
  header.eachCell((cell) => {
    cell.font = { name: FONT, size: 10, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDE3EA' } };
    cell.border = BORDER;
  });

  const wrap = new Set(spec.wrap);
  for (const cells of spec.rows) {
    const row = ws.addRow(cells.map((c) => c.value));
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

export async function writeWorkbook(content: BookContent): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = '落实';
  for (const sheet of content.sheets) addSheet(book, sheet);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** The matrix, the missing-and-late list and the ledger, as one .xlsx. */
export function buildComplianceWorkbook(policy: PolicyExtract, result: ComplianceResult): Promise<Buffer> {
  return writeWorkbook(complianceBook(policy, result));
}
