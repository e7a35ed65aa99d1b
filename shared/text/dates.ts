// Full calendar dates as written in Chinese official documents, and small ISO date helpers.
import { parseChineseNumber } from './cn-numerals';
import { normalizeForMatching, originalSpan } from './normalize';

export interface FoundDate {
  date: string /* YYYY-MM-DD */;
  text: string;
  start: number;
  end: number;
}

// Pattern pieces, shared with the deadline grammar. They expect normalised text (no spaces, ○ folded to 〇).
// A Chinese year is four digit characters; O is a common typing slip for 〇.
export const YEAR_SRC = '(?<![\\d〇零一二三四五六七八九])(?:\\d{4}|[〇零一二三四五六七八九O]{4})(?=年)';
const NOT_AFTER_DIGIT = '(?<![\\d.])';
const NOT_AFTER_CN_DIGIT = '(?<![〇零一二三四五六七八九十两百])';
/** A month number not necessarily followed by 月 (the first month of 1至6月). */
export const MONTH_NUM_SRC = `(?:${NOT_AFTER_DIGIT}(?:1[0-2]|0?[1-9])(?!\\d)|${NOT_AFTER_CN_DIGIT}(?:十[一二]?|[一二三四五六七八九])(?![〇零一二三四五六七八九十]))`;
export const MONTH_SRC = `${MONTH_NUM_SRC}(?=月)`;
export const DAY_SRC = `(?:${NOT_AFTER_DIGIT}(?:3[01]|[12]\\d|0?[1-9])(?!\\d)|${NOT_AFTER_CN_DIGIT}(?:三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九]))`;

/** A year written in digits or Chinese digit characters; null when implausible for a document date. */
export function parseYear(s: string): number | null {
  const n = parseChineseNumber(s.replace(/O/g, '〇'));
  return n !== null && Number.isInteger(n) && n >= 1900 && n <= 2199 ? n : null;
}

/** A month or day number in Arabic or Chinese numerals. */
export function parseSmallNumber(s: string): number | null {
  const n = parseChineseNumber(s);
  return n !== null && Number.isInteger(n) ? n : null;
}

export function lastDayOfMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** YYYY-MM-DD, or null when the day does not exist (2月30日). */
export function isoDate(y: number, m: number, d: number): string | null {
  if (![y, m, d].every(Number.isInteger)) return null;
  if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > lastDayOfMonth(y, m)) return null;
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

/** The last day of month m of year y as ISO (month end deadlines). */
export function endOfMonth(y: number, m: number): string {
  return isoDate(y, m, lastDayOfMonth(y, m)) as string;
}

/** Like isoDate, but a day past the month's end means the month's end (day 31 of a month-end rule). */
export function clampedDate(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12) return null;
  return isoDate(y, m, Math.min(d, lastDayOfMonth(y, m)));
}

function parseIso(iso: string): [number, number, number] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`not an ISO date: ${iso}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

export function addDays(iso: string, days: number): string {
  const [y, m, d] = parseIso(iso);
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1, 2)}-${pad(t.getUTCDate(), 2)}`;
}

/** Negative when a is earlier than b, 0 when equal, positive when later. */
export function compareIso(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const WRITTEN_DATE = new RegExp(`(${YEAR_SRC})年(${MONTH_SRC})月(${DAY_SRC})[日号]`, 'g');
// 2021-09-06, 2021/9/6, 2021.9.6: one separator throughout, no digit run glued on either side.
const NUMERIC_DATE = /(?<![\d.\-/])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)(?![-/.]\d)/g;

/**
 * Whether the text has what a date needs: 年, 月 and 日 (or 号) for a written one, digits and a separator for a
 * numeric one. Normalising leaves these characters as they are or makes them (full-width digits and separators
 * become half-width), so a text without them holds no date: most lines have none.
 */
function mayHoldDate(text: string): boolean {
  const written = text.includes('年') && text.includes('月') && (text.includes('日') || text.includes('号'));
  return written || (/[0-9０-９]/.test(text) && /[-/.－／．]/.test(text));
}

/** Every full calendar date in `text`, in order; offsets point into `text` even when it has PDF spacing. */
export function findFullDates(text: string): FoundDate[] {
  if (!mayHoldDate(text)) return [];
  const n = normalizeForMatching(text);
  const found: { date: string; start: number; end: number }[] = [];
  for (const m of n.text.matchAll(WRITTEN_DATE)) {
    const y = parseYear(m[1]);
    const mo = parseSmallNumber(m[2]);
    const d = parseSmallNumber(m[3]);
    const date = y !== null && mo !== null && d !== null ? isoDate(y, mo, d) : null;
    if (date) found.push({ date, start: m.index, end: m.index + m[0].length });
  }
  for (const m of n.text.matchAll(NUMERIC_DATE)) {
    const date = isoDate(Number(m[1]), Number(m[3]), Number(m[4]));
    if (date && parseYear(m[1]) !== null) found.push({ date, start: m.index, end: m.index + m[0].length });
  }
  found.sort((a, b) => a.start - b.start);
  return found.map((f) => {
    const span = originalSpan(n, f.start, f.end);
    return { date: f.date, text: text.slice(span.start, span.end), start: span.start, end: span.end };
  });
}

/** The first full date in `text`, or null. */
export function parseFullDate(text: string): string | null {
  return findFullDates(text)[0]?.date ?? null;
}
