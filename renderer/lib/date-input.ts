// Reads a date the user typed: 2022-01-31, 2022-1-31, 2022/1/31, 2022.1.31, 2022年1月31日 or 20220131.
// Every refusal says what is wrong in the user's words, never in terms of the program.
import type { IsoDate } from '../../shared/types';

export type DateParse = { ok: true; date: IsoDate } | { ok: false; message: string };

const SEPARATED = /^(\d{1,4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const FORMAT_HINT = '请按“年-月-日”输入，如 2022-01-31';

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function parseTypedDate(typed: string): DateParse {
  const text = typed.trim().replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  if (!text) return { ok: false, message: '请填写日期' };
  const m = SEPARATED.exec(text) ?? COMPACT.exec(text);
  if (!m) return { ok: false, message: FORMAT_HINT };
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (m[1].length !== 4 || year < 1900 || year > 2999) return { ok: false, message: '年份应为四位数，如 2022' };
  if (month < 1 || month > 12) return { ok: false, message: `没有${month}月：月份应在 1 到 12 之间` };
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) return { ok: false, message: `${year}年${month}月没有${day}日（这个月只有${last}天）` };
  const pad = (n: number) => String(n).padStart(2, '0');
  return { ok: true, date: `${year}-${pad(month)}-${pad(day)}` };
}
