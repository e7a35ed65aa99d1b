// Rule title-echo: a report whose title gives how far a policy's own subject of the year has got answers that
// policy, though it cites neither its number nor its whole title. A government office's bulletin on its work report's
// tasks (关于《政府工作报告》确定的2021年重点工作半年进展情况通报) answers the division of them (关于《政府工作报告》
// 确定的2021年重点工作责任分解的通知); so does a bureau's table of its share (谯城区教育局2025年政府工作报告重点工作
// 任务分解表, of 谯城区2025年政府工作报告重点工作任务分解表). Both titles are read from their year: the subject is
// what follows it up to what is done to it or said of it (title-echo-words.ts), without the government issuing it
// (2021年度市政府重点工作 is 2021年重点工作). The report's subject is the policy's or a part of it (a report on the
// 重点工作 of a division of 重点工作和民生实事), and the year is the same; a place named before the year (谯城区,
// 六安市), or the place of the body publishing or sending it, must be the same where both name one. A subject of fewer than four characters (2021年工作) places nothing. Pure.
import { normalizedText } from '../text/normalize';
import { PERIODS, SUBJECT_ENDS } from './title-echo-words';

export interface TitleSubject {
  /** The year, as written before 年: 2021. */
  year: string;
  /** What the year's work is: 重点工作, 政府工作报告重点工作. */
  subject: string;
  /** The place named before the year (六安市, 谯城区), null when none is. */
  place: string | null;
}

const YEAR = /(20\d\d)年度?/;
/** Marks that do not change a subject (《政府工作报告》 and 政府工作报告 are one), and bracketed remarks (【重点工作落实】, (前三季度)). */
const MARKS = /[《》〈〉“”"‘’'\s]/g;
const BRACKETED = /[（(【[][^（）()【】[\]]{0,20}[）)】\]]/g;
/** The government issuing it, named by its level inside the subject; not 省政府工作报告, the work report itself. */
const LEVEL_GOVERNMENT = /[省市县区](?:人民)?政府(?!工作报告)/g;
/** A place at the head of a title: 六安市, 谯城区, 广东省. */
const PLACE = /^[\u4e00-\u9fff]{2,6}?(?:省|市|县|区|州|旗|盟)/;
/** Joining words left at a subject's end once its frame is off (2021年重点工作及责任分解). */
const TRAILING_JOINS = /[及和与暨的、]+$/;
const MIN_SUBJECT = 4;

function firstEnd(s: string): number {
  let end = s.length;
  for (const w of SUBJECT_ENDS) {
    const at = s.indexOf(w);
    if (at >= 0 && at < end) end = at;
  }
  return end;
}

/** The year and subject of a title; null when it names no year or too little after it. */
export function titleSubject(title: string): TitleSubject | null {
  const t = normalizedText(title).replace(BRACKETED, '').replace(MARKS, '');
  const y = YEAR.exec(t);
  if (!y) return null;
  const head = t.slice(0, y.index).replace(/^关于/, '');
  let rest = t.slice(y.index + y[0].length).replace(LEVEL_GOVERNMENT, '');
  for (const p of PERIODS) rest = rest.split(p).join('');
  const subject = rest.slice(0, firstEnd(rest)).replace(TRAILING_JOINS, '');
  if ([...subject].filter((c) => /[\u4e00-\u9fff]/.test(c)).length < MIN_SUBJECT) return null;
  return { year: y[1], subject, place: PLACE.exec(head)?.[0] ?? null };
}

/** The place a writer's name opens on (赤壁市人民政府办公室 → 赤壁市); null when it names none (市政府办). */
export function writerPlace(writer: string | null | undefined): string | null {
  return writer ? (PLACE.exec(normalizedText(writer).replace(MARKS, ''))?.[0] ?? null) : null;
}

/** A subject with the place its writer stands for where its title names none (the issuer's, the sender's). */
export function withPlace(subject: TitleSubject | null, writer: string | null | undefined): TitleSubject | null {
  if (!subject || subject.place !== null) return subject;
  const place = writerPlace(writer);
  return place ? { ...subject, place } : subject;
}

/**
 * The same subject, whatever the year: the same place where both name one, and the report's subject the policy's or
 * a part of it (重点工作 of 重点工作和民生实事项目); a report on more than the policy names (安全生产重点工作 against
 * 重点工作) is on another subject.
 */
function sameSubject(report: TitleSubject, policy: TitleSubject): boolean {
  if (report.place !== null && policy.place !== null && report.place !== policy.place) return false;
  return policy.subject.includes(report.subject);
}

/** Whether a report's title subject is a policy's: the same year, place and subject. */
export function echoes(report: TitleSubject, policy: TitleSubject): boolean {
  return report.year === policy.year && sameSubject(report, policy);
}

/**
 * Whether the policy is the same subject of another year (六安's 2022年重点工作 for a report on its 2021年重点工作):
 * such a policy is never the report's, whatever words they share.
 */
export function anotherYearOf(report: TitleSubject, policy: TitleSubject): boolean {
  return report.year !== policy.year && sameSubject(report, policy);
}

/** A label, the disclosure box's (名称：, 标题：), before a title written on its line. */
const LABEL = /^(?:名\s*称|标\s*题|题\s*目)\s*[:：]\s*/;
/** Where a disclosure box's next field begins on the title's line. */
const NEXT_FIELD = /\s(?:文\s*号|发布|索引号|成文|主题分类)|\s{2,}/;
/** A line with a sentence's marks in it is no title. */
const SENTENCE = /[，,。；;！？]/;
/** How many of a report's first lines are looked at for its title, and how long a title may be. */
const HEAD_LINES = 8;
const MAX_TITLE = 80;

/** The body a page says published it, in its disclosure lines (发布机构：赤壁市人民政府办公室, 信息来源：…). */
const PUBLISHER = /(?:发布机构|信息来源)\s*[:：]\s*([\u4e00-\u9fff（）()]{2,30})/;

/**
 * The subject of a report's title: the first of its opening lines that reads as a title naming a year's subject,
 * with the place of the body its disclosure lines say published it where the title names none.
 */
export function reportTitleSubject(text: string): TitleSubject | null {
  return reportHead(text).subject;
}

/** What a report's head says of it: its title's subject, and the place it speaks for. */
export interface ReportHead {
  subject: TitleSubject | null;
  /** Its title's place, else its publisher's, else its sender's; null when none names one. */
  place: string | null;
}

/** A report's head, read once: its title, its disclosure lines' publisher and the sender it was filed under. */
export function reportHead(text: string, sender?: string | null): ReportHead {
  const lines = headLines(text);
  const writer = writerPlace(publisherIn(lines)) ?? writerPlace(sender);
  const title = titleOfHead(lines);
  const subject = title && title.place === null && writer ? { ...title, place: writer } : title;
  return { subject, place: subject?.place ?? writer };
}

/** The first non-empty lines of a text, trimmed; the rest of a long report is never split. */
function headLines(text: string): string[] {
  const lines: string[] = [];
  for (let from = 0; from <= text.length && lines.length < HEAD_LINES; ) {
    const end = text.indexOf('\n', from);
    const line = text.slice(from, end === -1 ? text.length : end).trim();
    if (line !== '') lines.push(line);
    if (end === -1) break;
    from = end + 1;
  }
  return lines;
}

function publisherIn(lines: string[]): string | null {
  return lines.map((l) => PUBLISHER.exec(l)?.[1]).find((p) => p !== undefined) ?? null;
}

/** The body a report's disclosure lines say published it; null when they name none. */
export function publisherOf(text: string): string | null {
  return publisherIn(headLines(text));
}

function titleOfHead(lines: string[]): TitleSubject | null {
  for (const line of lines) {
    const unlabelled = line.replace(LABEL, '');
    const field = NEXT_FIELD.exec(unlabelled);
    const title = field ? unlabelled.slice(0, field.index) : unlabelled;
    if (title.length > MAX_TITLE || SENTENCE.test(title)) continue;
    const subject = titleSubject(title);
    if (subject) return subject;
  }
  return null;
}
