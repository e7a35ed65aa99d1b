// The report's own date: the signature date, else a dated header line, else the import date.
// Dates of work inside the body (10月15日召开…) are never the report's date.
import { findFullDates } from '../text/dates';
import type { DateSource } from '../types';
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

// A date on its own line just under the title, often in brackets: （2021年11月30日）.
const TOP_LINES = 4;

export function detectDate(paragraphs: SubmissionParagraph[], importDate: string): DetectedDate {
  const lines = nonEmptyLines(paragraphs);
  const closing = findClosingBlock(lines);
  if (closing.date) return { date: closing.date, dateSource: 'signature', paragraph: closing.dateParagraph, warnings: [] };
  const header = headerDate(lines);
  if (header) return { ...header, dateSource: 'header', warnings: [] };
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
