// The report's own date: the signature date, else a dated header line, else the print date of the
// closing 版记 (…办公室 2021年10月15日印发), else the import date.
// Dates of work inside the body (10月15日召开…) are never the report's date.
import { findFullDates } from '../text/dates';
import type { DateSource } from '../types';
import { namesOnlyLine } from './department-names';
import { dateOnlyLine, findClosingBlock, headerFields, isDateLabel, nonEmptyLines, readMasthead, type Line } from './report-layout';
import type { SubmissionParagraph } from './types';

export interface DetectedDate {
  date: string;
  dateSource: DateSource;
  /** Paragraph the date was read from; null for the import date. */
  paragraph: number | null;
  warnings: string[];
}

export const UNDATED_WARNING = '未找到报告日期，按导入日期计';

// The 版记 at the very end: the printing office, then the date it was printed (印发 / 印).
const PRINT_LINES = 4;
const PRINT_RE = /印发?[\s\u3000]*$/;

// A date on its own line just under the title, often in brackets: （2021年11月30日）.
const TOP_LINES = 4;

export function detectDate(paragraphs: SubmissionParagraph[], importDate: string): DetectedDate {
  const lines = nonEmptyLines(paragraphs);
  const closing = findClosingBlock(lines);
  if (closing.date) return { date: closing.date, dateSource: 'signature', paragraph: closing.dateParagraph, warnings: [] };
  const header = headerDate(lines);
  if (header) return { ...header, dateSource: 'header', warnings: [] };
  const printed = printDate(lines);
  if (printed) return { ...printed, dateSource: 'header', warnings: [] };
  return { date: importDate, dateSource: 'import', paragraph: null, warnings: [UNDATED_WARNING] };
}

function headerDate(lines: Line[]): { date: string; paragraph: number } | null {
  for (const line of lines) {
    for (const field of headerFields(line.text)) {
      if (!isDateLabel(field.label)) continue;
      const date = findFullDates(field.value)[0]?.date;
      if (date) return { date, paragraph: line.index };
    }
  }
  for (const line of lines.slice(0, TOP_LINES)) {
    const found = dateOnlyLine(line.text)?.date ?? readMasthead(line.text)?.date;
    if (found) return { date: found, paragraph: line.index };
  }
  return null;
}

/** The date on a print line (…办公室 2021年10月15日印发) among the last lines; null when there is none. */
function printDate(lines: Line[]): { date: string; paragraph: number } | null {
  for (const line of lines.slice(-PRINT_LINES).reverse()) {
    if (!PRINT_RE.test(line.text)) continue;
    const last = findFullDates(line.text).at(-1);
    if (!last || !PRINT_RE.test(line.text.slice(last.end))) continue;
    // only the printing office stands before the date, never a sentence (方案已于…印发)
    const office = line.text.slice(0, last.start).trim();
    if (office === '' || namesOnlyLine(office)) return { date: last.date, paragraph: line.index };
  }
  return null;
}
