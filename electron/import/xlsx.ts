// Spreadsheets (.xlsx, .xls, .csv) through SheetJS: every visible sheet becomes table rows in the shape the
// Word importer gives for tables (see xlsx-rows.ts), so task tables and returns in Excel are read by the
// same policy and report extraction. A .xlsx is a zip: it is first inflated under a cap (zip-limits.ts).
import * as XLSX from '@e965/xlsx';
import type { DocumentFormat } from '../../shared/types';
import { decodeText } from './decode-text';
import { isEncryptedOffice, isOle } from './doc';
import { isZip } from './docx';
import { ImportProblem, type Extracted } from './extracted';
import { oleDamage } from './ole-check';
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

/** Rows read from one sheet at most: a task table or a return has hundreds; past this is not a table to read. */
export const MAX_ROWS = 20_000;
const MAX_COLUMNS = 200;

/**
 * The cells that hold something, as a grid. The extent comes from the cells present, not from the sheet's
 * declared range, which formatting often stretches to a million rows.
 */
function sheetGrid(sheet: XLSX.WorkSheet): SheetGrid {
  const present: { r: number; c: number; text: string }[] = [];
  for (const key of Object.keys(sheet)) {
    if (key.startsWith('!')) continue;
    const text = cellText(sheet[key] as XLSX.CellObject | undefined);
    if (!text.trim()) continue;
    const { r, c } = XLSX.utils.decode_cell(key);
    if (r < MAX_ROWS && c < MAX_COLUMNS) present.push({ r, c, text });
  }
  if (present.length === 0) return { cells: [], merges: [] };
  let [top, left, bottom, right] = [Infinity, Infinity, -1, -1];
  for (const p of present) {
    top = Math.min(top, p.r);
    left = Math.min(left, p.c);
    bottom = Math.max(bottom, p.r);
    right = Math.max(right, p.c);
  }
  const cells = Array.from({ length: bottom - top + 1 }, () => Array<string>(right - left + 1).fill(''));
  for (const p of present) cells[p.r - top][p.c - left] = p.text;
  const merges = (sheet['!merges'] ?? [])
    // a range whose first cell lies outside the filled extent holds nothing to carry
    .filter((m) => m.s.r >= top && m.s.c >= left && m.s.r <= bottom && m.s.c <= right)
    .map((m) => ({
      top: m.s.r - top,
      left: m.s.c - left,
      bottom: Math.min(bottom, m.e.r) - top,
      right: Math.min(right, m.e.c) - left,
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

/**
 * An Excel workbook (.xlsx in a zip, .xls in an OLE container; the bytes decide, not the extension). `format` is the
 * extension it came with: 'et' is WPS 表格's own, which holds either.
 */
export function extractWorkbook(bytes: Uint8Array, format: 'xlsx' | 'xls' | 'et'): Extracted {
  if (isEncryptedOffice(bytes)) throw new ImportProblem('corrupt-spreadsheet', '该 Excel 文件设置了打开密码，无法读取。请先取消密码保护后再导入。');
  const zip = isZip(bytes);
  if (!zip && (!isOle(bytes) || oleDamage(bytes))) throw new ImportProblem('corrupt-spreadsheet', CORRUPT);
  // SheetJS inflates without a cap: the archive is inflated once under the cap first.
  if (zip) readArchive(bytes, 'corrupt-spreadsheet', CORRUPT);
  let book: XLSX.WorkBook;
  try {
    book = XLSX.read(bytes, { type: 'array', cellDates: true, cellFormula: false, cellHTML: false, cellStyles: false, sheetRows: MAX_ROWS });
  } catch {
    throw new ImportProblem('corrupt-spreadsheet', CORRUPT);
  }
  const warnings: string[] = [];
  const actual = zip ? 'xlsx' : 'xls';
  if (format !== 'et' && actual !== format) warnings.push(`文件扩展名是 .${format}，但内容是 .${actual} 格式，已按 .${actual} 读取。`);
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
