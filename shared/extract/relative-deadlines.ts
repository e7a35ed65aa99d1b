// Refiner after the deadline grammar: time phrases that count from something else.
//   - from the date of issue: "（自）印发之日起30日内", "本意见印发之日起3个月内" — a due date, not a service limit;
//   - from a stated start: "自2020年1月1日起实施3年" / "自…起施行，有效期3年" — a period;
//   - "5年内" with the start year given elsewhere in the policy ("2012年起5年内"), or else the year of issue;
//   - rhythms with no period of their own: 每两个月, 每旬;
// and, last, the same deadline written twice in a measure is listed once: the same words twice, or different words
// for the same due date (年内 … 12月底前 in one year; 第三季度 in the text and 2022年第三季度 as its 完成时限).
import type { Deadline } from '../types';
import { addDays, isoDate, lastDayOfMonth, parseSmallNumber } from '../text/dates';

export interface RelativeContext {
  issuedOn: string | null;
  /** The year spans count from ("2012年起5年内"), else the year of issue; null when neither is known. */
  startYear: number | null;
}

const NUM = '(\\d{1,3}|[一二两三四五六七八九十百]{1,3})';
const FROM_ISSUE = new RegExp(`(?:自|从)?(?:本(?:意见|方案|通知|办法|措施|细则|规定)?)?(?:印发|发布|下发|出台)之日起${NUM}(个?工作日|日|天|个月|周)(?:以内|之内|内)`, 'g');
const FROM_START = new RegExp(`自(\\d{4})年(\\d{1,2})月(\\d{1,2})日起(?:施行|实施|执行)[，,]?(?:有效期|实施期|试行期)?(?:为)?${NUM}年`, 'g');
// what a span's clause sets out to reach by its end (span-after-in)
const SPAN_TARGET = /达到|实现|完成|建成/;
const YEARS_WITHIN = new RegExp(`(?<![\\d年])${NUM}年(?:以内|之内|内)`, 'g');
const CADENCE = /每(两|二|三|半)个月|每旬/g;

function number(s: string): number | null {
  return /^\d+$/.test(s) ? Number(s) : parseSmallNumber(s);
}

function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  return isoDate(ny, nm, Math.min(d, lastDayOfMonth(ny, nm))) as string;
}

/** The year spans in the policy count from: "2012年起5年内" wins over the year of issue. */
export function spanStartYear(policyText: string, issuedOn: string | null): number | null {
  const stated = /(\d{4})年起(?:\d{1,2}|[一二两三四五六七八九十]{1,2})年(?:以内|之内|内)/.exec(policyText);
  if (stated) return Number(stated[1]);
  return issuedOn ? Number(issuedOn.slice(0, 4)) : null;
}

function make(text: string, start: number, kind: Deadline['kind'], date: string | null, issuedOn: string | null): Deadline {
  return { text, start, end: start + text.length, kind, date, beforeIssue: date !== null && issuedOn !== null && date < issuedOn };
}

export function refineDeadlines(text: string, found: Deadline[], ctx: RelativeContext): Deadline[] {
  const added: Deadline[] = [];
  for (const m of text.matchAll(FROM_ISSUE)) {
    const n = number(m[1]);
    if (n === null) continue;
    let date: string | null = null;
    if (ctx.issuedOn) {
      if (m[2] === '个月') date = addMonths(ctx.issuedOn, n);
      else if (m[2] === '周') date = addDays(ctx.issuedOn, n * 7);
      // working days are counted as calendar days: the due date is the latest it can be
      else date = addDays(ctx.issuedOn, m[2].includes('工作日') ? Math.ceil((n * 7) / 5) : n);
    }
    added.push(make(m[0], m.index, 'by', date, ctx.issuedOn));
  }
  for (const m of text.matchAll(FROM_START)) {
    const from = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
    const n = number(m[4]);
    if (!from || n === null) continue;
    added.push({ ...make(m[0], m.index, 'period', addDays(addMonths(from, n * 12), -1), ctx.issuedOn), beforeIssue: false, from });
  }
  for (const m of text.matchAll(YEARS_WITHIN)) {
    const n = number(m[1]);
    if (n === null || n > 20) continue;
    // a span that opens its clause is a time frame; one inside a phrase (离校两年内毕业生) is a condition
    // (span-after-in: 在 opening the clause on it is the frame too when its clause sets a target to reach, 「在4年内各试点
    // 专业达到…要求」; 「在两年之内…给予支持」 is a grant's window)
    const before = text.slice(Math.max(0, m.index - 2), m.index);
    const inFrame = /(?:^|[\n。；;，,：:、（(])在$/.test(before) && SPAN_TARGET.test(text.slice(m.index + m[0].length).split(/[。；;\n]/)[0]);
    if (m.index > 0 && !/(?:^|[\n。；;，,：:、（(]|起|力争|争取|计划|预计|用)$/.test(before) && !inFrame) continue;
    // "2021年起3年内" names its own start
    const own = /(\d{4})年起$/.exec(text.slice(Math.max(0, m.index - 6), m.index));
    // span-from-event: counted from something that befalls those a measure serves (自首笔放款起一年内, 自取得证书之日起
    // 3年内), not from a year or the policy's own issue, the span is their window, no due date
    if (!own && /起$/.test(before) && !/(?:印发|发布|下发|出台|施行|实施)之日起$/.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    const start = own ? Number(own[1]) : ctx.startYear;
    const at = own ? m.index - own[0].length : m.index;
    added.push(make(text.slice(at, m.index + m[0].length), at, 'by', start === null ? null : `${start + n - 1}-12-31`, ctx.issuedOn));
  }
  for (const m of text.matchAll(CADENCE)) {
    const cadence: Deadline['cadence'] = m[0] === '每旬' ? { unit: 'day', every: 10 } : { unit: 'month', every: m[1] === '半' ? 0.5 : (number(m[1]) as number) };
    added.push({ ...make(m[0], m.index, 'ongoing', null, ctx.issuedOn), cadence });
  }
  // what the grammar read inside a phrase read here (30日内 as a service limit) gives way
  const overlaps = (d: Deadline) => added.some((a) => d.start < a.end && a.start < d.end);
  const all = [...found.filter((d) => !overlaps(d)), ...added].sort((a, b) => a.start - b.start);
  return withoutRepeats(all);
}

/**
 * The same deadline written twice in one measure is listed once, in the words it is first written with:
 * "2025年底前完成…2025年底前验收", and two due dates in different words that fall on one day ("年内培训…；12月底前
 * 培训…": the measure is due by 31 December either way). Undated words, periods and rhythms are kept unless repeated
 * word for word.
 */
export function withoutRepeats(deadlines: Deadline[]): Deadline[] {
  const seen = new Set<string>();
  return deadlines.filter((d) => {
    const sameDue = d.kind === 'by' && d.date !== null;
    const key = sameDue ? `by|${d.date}` : `${d.kind}|${d.text}|${d.date ?? ''}|${d.from ?? ''}|${JSON.stringify(d.recurrence ?? null)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
