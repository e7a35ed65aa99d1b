// Spreadsheets (.xlsx, .xls, .csv) through SheetJS: every visible sheet becomes table rows in the shape the
// Word importer gives for tables (see xlsx-rows.ts), so task tables and returns in Excel are read by the
// same policy and report extraction. A .xlsx is a zip: it is first inflated under a cap (zip-limits.ts).
import * as XLSX from '@e965/xlsx';
import type { DocumentFormat } from '../../shared/types';
import { decodeText } from './decode-text';
import { isEncryptedOffice, isOle } from './doc';
import { isZip } from './docx';
import { ImportProblem, type Extracted } from './extracted';
import { linesToBlocks, sheetLines, type SheetGrid } from './xlsx-rows';
import { readArchive } from './zip-limits';

const CORRUPT = '文件已损坏或不是有效的 Excel 文件。请用 Excel 或 WPS 打开后另存为 .xlsx，再重新导入。';

/** Dates are written the way Chinese documents write them, so the deadline reader sees 2024年6月30日. */
function dateText(d: Date): string {
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
}

function cellText(cell: XLSX.CellObject | undefined): string {
  if (!cell || cell.v === undefined || cell.v === null) return '';
  if (cell.t === 'd' && cell.v instanceof Date && !Number.isNaN(cell.v.getTime())) return dateText(cell.v);
  if (cell.t === 'e') return '';
  if (cell.t === 'n') return cell.w ?? String(cell.v);
  return String(cell.v);
}

function sheetGrid(sheet: XLSX.WorkSheet): SheetGrid {
  if (!sheet['!ref']) return { cells: [], merges: [] };
  const range = XLSX.utils.decode_range(sheet['!ref']);
  const cells: string[][] = [];
  for (let r = range.s.r; r <= range.e.r; r++) {
    const row: string[] = [];
    for (let c = range.s.c; c <= range.e.c; c++) row.push(cellText(sheet[XLSX.utils.encode_cell({ r, c })] as XLSX.CellObject | undefined));
    cells.push(row);
  }
  const merges = (sheet['!merges'] ?? []).map((m) => ({
    top: m.s.r - range.s.r,
    left: m.s.c - range.s.c,
    bottom: m.e.r - range.s.r,
    right: m.e.c - range.s.c,
  }));
  return { cells, merges };
}

/** The visible sheets' lines, in workbook order. */
export function workbookLines(book: XLSX.WorkBook): string[] {
  const hidden = new Set((book.Workbook?.Sheets ?? []).filter((s) => s.Hidden).map((s) => s.name));
  const lines: string[] = [];
  for (const name of book.SheetNames) {
    if (hidden.has(name)) continue;
    lines.push(...sheetLines(sheetGrid(book.Sheets[name])));
  }
  return lines;
}

function extracted(format: DocumentFormat, lines: string[], warnings: string[], encoding?: string): Extracted {
  const { text, blocks } = linesToBlocks(lines);
  const out: Extracted = { format, text, blocks, pageCount: null, warnings };
  if (encoding) out.encoding = encoding;
  return out;
}

/** An Excel workbook (.xlsx in a zip, .xls in an OLE container; the bytes decide, not the extension). */
export function extractWorkbook(bytes: Uint8Array, format: 'xlsx' | 'xls'): Extracted {
  if (isEncryptedOffice(bytes)) throw new ImportProblem('corrupt-spreadsheet', '该 Excel 文件设置了打开密码，无法读取。请先取消密码保护后再导入。');
  const zip = isZip(bytes);
  if (!zip && !isOle(bytes)) throw new ImportProblem('corrupt-spreadsheet', CORRUPT);
  // SheetJS inflates without a cap: the archive is inflated once under the cap first.
  if (zip) readArchive(bytes, 'corrupt-spreadsheet', CORRUPT);
  let book: XLSX.WorkBook;
  try {
    book = XLSX.read(bytes, { type: 'array', cellDates: true, cellFormula: false, cellHTML: false, cellStyles: false });
  } catch {
    throw new ImportProblem('corrupt-spreadsheet', CORRUPT);
  }
  const warnings: string[] = [];
  const actual = zip ? 'xlsx' : 'xls';
  if (actual !== format) warnings.push(`文件扩展名是 .${format}，但内容是 .${actual} 格式，已按 .${actual} 读取。`);
  return extracted(actual, workbookLines(book), warnings);
}

/** A comma-separated table; text in UTF-8 or GB18030 as Excel saves it in Chinese Windows. */
export function extractCsv(bytes: Uint8Array): Extracted {
  const decoded = decodeText(bytes);
  if (!decoded) {
    throw new ImportProblem('garbled-text', '无法识别 CSV 文件的文字编码，读出的内容是乱码。请用 Excel 或 WPS 打开后另存为 .xlsx。');
  }
  let book: XLSX.WorkBook;
  try {
    // raw: cells stay as written (no guessing of numbers and dates)
    book = XLSX.read(decoded.text.replace(/^\uFEFF/, ''), { type: 'string', raw: true });
  } catch {
    throw new ImportProblem('corrupt-spreadsheet', '无法按 CSV 表格读取该文件。');
  }
  const warnings = decoded.encoding === 'gb18030' ? ['文件不是 UTF-8 编码，已按 GB18030（GBK）编码读取。'] : [];
  return extracted('csv', workbookLines(book), warnings, decoded.encoding);
}
