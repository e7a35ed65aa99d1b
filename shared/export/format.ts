// Wording helpers for official documents: dates in Arabic numerals, Chinese ordinals, rates.
import type { IsoDate } from '../types';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: string): boolean {
  const m = ISO.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

/** 2022-01-31 → 2022年1月31日 (GB/T 9704 writes dates with Arabic numerals, no leading zeros). */
export function chineseDate(date: IsoDate): string {
  const m = ISO.exec(date);
  if (!m) return date;
  return `${+m[1]}年${+m[2]}月${+m[3]}日`;
}

/** Today in local time, as the office's calendar sees it. */
export function todayIso(now: Date = new Date()): IsoDate {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Whole days from `from` to `to`; positive when `to` is later. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  const utc = (d: IsoDate) => {
    const m = ISO.exec(d);
    return m ? Date.UTC(+m[1], +m[2] - 1, +m[3]) : NaN;
  };
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 35 → 三十五 (headings rarely pass 99). */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 99) return String(n);
  if (n < 10) return DIGITS[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones ? DIGITS[ones] : ''}`;
}

/** 0.6667 → 66.7%, 1 → 100%. */
export function percent(rate: number): string {
  const value = Math.round(rate * 1000) / 10;
  return `${Number.isInteger(value) ? value.toFixed(0) : value.toFixed(1)}%`;
}

const CJK_OR_FULLWIDTH = '[\\u2E80-\\u9FFF\\uF900-\\uFAFF\\uFF00-\\uFFEF\\u3000-\\u303F\\u2018-\\u201D\\u2014\\u2026]';
const SPACE_NEXT_TO_CJK = new RegExp(`\\s+(?=${CJK_OR_FULLWIDTH})|(?<=${CJK_OR_FULLWIDTH})\\s+`, 'g');

/** Collapses whitespace; spaces next to Chinese characters (from PDF or title layout) go entirely. */
export function tidy(value: string): string {
  return value.replace(SPACE_NEXT_TO_CJK, '').replace(/\s+/g, ' ').trim();
}

/** A measure title as a heading: tidy, without the full stop that ends it in the policy. */
export function headingText(value: string): string {
  return tidy(value).replace(/[。；;，,：:\s]+$/u, '');
}
