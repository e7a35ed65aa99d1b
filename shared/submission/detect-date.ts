// The report's own date, from the strongest evidence:
//   1. the signature date;
//   2. a labelled date of the document (报送日期：…, 成文日期：…, 发文日期：…);
//   3. a date under the title, alone or with the author's name (（2021年11月30日）, 清水县人民政府 2024年01月08日),
//      or the meeting line of a report to a people's congress (——2021年8月25日在…常务委员会第N次会议上);
//   4. the print date of the closing 版记 (…办公室 2021年10月15日印发);
//   5. the date a website published or updated it (发布时间：2024-03-28 09:18, 更新时间：2021/03/29 11:30:01), or its
//      posting stamp whose parts ran together (202111/2215:11:21), opening its publication line (2018-07-24 15:33:00来源:…)
//      or written with the year last (09-17 / 2025), or after the title on its line (…工作安排 2016-03-07), or alone on
//      its line with its clock time (2014-08-01 13:52);
//   6. else the import date.
// Dates of work inside the body (10月15日召开…), the website's clock (今天是…) and its archiving date
// (归档时间) are never the report's date.
import { findFullDates } from '../text/dates';
import type { DateSource } from '../types';
import { namesOnlyLine } from './department-names';
import { dateOnlyLine, findClosingBlock, firstLines, headerFields, isDateLabel, metadataBoxParagraphs, isPublicationDateLabel, linesAboveBody, metadataFields, nonEmptyLines, readMasthead, type Line } from './report-layout';
import { bareStamp, brokenMeetingLineDate, dateUnderMeetingLine, inlineMeetingLineDate, isSiteChrome, leadingStamp, meetingLineDate, runTogetherStamp, titleStamp, withClosingDay } from './report-metadata';
import { withoutContents } from './contents-list';
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

// A date on its own line just under the title, often in brackets: （2021年11月30日）; the website's
// chrome above the title does not count.
const TOP_LINES = 4;
// The meeting line sits under a title that may take several lines.
const MEETING_LINES = 10;
// A website's publication line (发布时间：…) comes within the first lines, above the body.
const PUBLICATION_LINES = 12;

export function detectDate(paragraphs: SubmissionParagraph[], importDate: string): DetectedDate {
  // a contents list at the top (a 决算公开 page) is no part of the report
  const lines = withoutContents(nonEmptyLines(paragraphs));
  const closing = findClosingBlock(lines);
  if (closing.date) return { date: closing.date, dateSource: 'signature', paragraph: closing.dateParagraph, warnings: [] };
  const header = headerDate(lines);
  if (header) return { ...header, dateSource: 'header', warnings: [] };
  const printed = printDate(lines);
  if (printed) return { ...printed, dateSource: 'header', warnings: [] };
  const published = publicationDate(lines);
  if (published) return { ...published, dateSource: 'header', warnings: [] };
  return { date: importDate, dateSource: 'import', paragraph: null, warnings: [UNDATED_WARNING] };
}

/**
 * The date of the website's publication line, which sits above the report's body (发布日期：…, 发布时间：…), or of its
 * posting stamp alone on a line whose parts ran together (202111/2215:11:21, posting-stamp).
 */
function publicationDate(lines: readonly Line[]): { date: string; paragraph: number } | null {
  const above = linesAboveBody(lines, PUBLICATION_LINES);
  const labelled = labelledDate(above, isPublicationDateLabel);
  if (labelled) return labelled;
  for (const line of above) {
    // a stamp whose parts ran together (posting-stamp), one opening the publication line (stamp-before-fields) or one
    // written with its year last (year-last-stamp), one after the title on its line (title-stamp), or one alone on its
    // line with its clock time (bare-stamp)
    const date = runTogetherStamp(line.text) ?? leadingStamp(line.text) ?? titleStamp(line.text) ?? bareStamp(line.text);
    if (date) return { date, paragraph: line.index };
  }
  return null;
}

/** The first date among the header fields whose label `accepts`. */
function labelledDate(lines: readonly Line[], accepts: (label: string) => boolean): { date: string; paragraph: number } | null {
  for (const field of metadataFields(lines)) {
    if (!accepts(field.label)) continue;
    const date = findFullDates(field.value)[0]?.date;
    if (date) return { date, paragraph: field.paragraph };
  }
  return null;
}

/**
 * catalogue-date: a document is written before a website publishes it, so a labelled date later than the page's own
 * publication date (成文日期：2022-06-08 over 发布日期:2021-08-13, a catalogue filled in afterwards) is not the
 * report's: the publication date is. A labelled date on or before it stands.
 */
function writtenNoLaterThanPublished(labelled: { date: string; paragraph: number }, lines: readonly Line[]): { date: string; paragraph: number } {
  const published = publicationDate(lines);
  return published && published.date < labelled.date ? published : labelled;
}

function headerDate(lines: readonly Line[]): { date: string; paragraph: number } | null {
  // the website's chrome and the publication lines do not push the date under the title out of reach
  const box = metadataBoxParagraphs(lines);
  const top = firstLines(lines, Math.max(TOP_LINES, MEETING_LINES), (l) => !isSiteChrome(l.text) && !box.has(l.index) && !(headerFields(l.text).length > 0 && dateOnlyLine(l.text) === null));
  const labelled = labelledDate(lines, isDateLabel);
  if (labelled) return deliveredNoLaterThanLabelled(writtenNoLaterThanPublished(labelled, lines), meetingDate(top));
  for (const line of top.slice(0, TOP_LINES)) {
    const found = dateOnlyLine(withClosingDay(line.text))?.date ?? readMasthead(line.text)?.date;
    if (found) return { date: found, paragraph: line.index };
  }
  return meetingDate(top);
}

/** The date of the meeting line under the title (——2023年4月25日在…会议上), or null. */
function meetingDate(top: readonly Line[]): { date: string; paragraph: number } | null {
  const meeting = top.slice(0, MEETING_LINES);
  for (let k = 0; k < meeting.length; k++) {
    const found =
      meetingLineDate(meeting[k].text) ??
      brokenMeetingLineDate(meeting[k].text, meeting[k + 1]?.text) ??
      inlineMeetingLineDate(meeting[k].text) ??
      dateUnderMeetingLine(meeting[k].text, meeting[k + 1]?.text);
    if (found) return { date: found, paragraph: meeting[k].index };
  }
  return null;
}

/**
 * meeting-over-label: a report delivered at a meeting is dated by the meeting (——2026年1月24日在…会议上); a labelled date
 * after it (a disclosure table's 发文日期 | 2026-01-26 09:21, the day the page was filed) is not the report's. A labelled
 * date on or before the meeting stands.
 */
export function deliveredNoLaterThanLabelled(
  labelled: { date: string; paragraph: number },
  meeting: { date: string; paragraph: number } | null,
): { date: string; paragraph: number } {
  return meeting && meeting.date < labelled.date ? meeting : labelled;
}

/** The date on a print line (…办公室 2021年10月15日印发) among the last lines; null when there is none. */
function printDate(lines: readonly Line[]): { date: string; paragraph: number } | null {
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
