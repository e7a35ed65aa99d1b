// Time phrases of a policy's measures: one-off deadlines, recurring duties, periods, service time limits
// and "no deadline" phrases. Built like chrono: small named parsers propose candidates on normalised text,
// refiners, in an explicit order, drop rates and settle overlaps; the survivors then get their year from
// the date of issue and their offsets mapped back to the original text.
import type { Deadline, DeadlineKind } from '../types';
import { normalizeForMatching, originalSpan } from '../text/normalize';
import { isBenefitCondition } from './benefit-condition';
import { isBuiltBefore } from './built-before';
import { isYearlyStep } from './yearly-cycle';
import { carriesYear, writesYear } from './carried-year';
import { isDoneBefore } from './done-before';
import { isClaimCutoff } from './claim-cutoff';
import { isOngoingWithinYear } from './ongoing-within-year';
import {
  DAY_SRC,
  MONTH_NUM_SRC,
  MONTH_SRC,
  YEAR_SRC,
  compareIso,
  endOfMonth,
  isoDate,
  lastDayOfMonth,
  parseSmallNumber,
  parseYear,
} from '../text/dates';

export interface DeadlineContext {
  /** The policy's date of issue (YYYY-MM-DD) or null. */
  issuedOn: string | null;
  /** The year the policy's work is for, named by its title (2025年开发区重点工作及责任清单): the year of a date written
   *  without one when no date of issue is found. */
  planYear?: number | null;
}

type Recurrence = NonNullable<Deadline['recurrence']>;

/** What a parser proposes, on normalised text; the year is settled at the end, from the date of issue. */
interface Candidate {
  parser: string;
  kind: DeadlineKind;
  start: number;
  end: number;
  /** Date (and first day of a period) given the base year, the year of issue, and the date of issue (null when unknown). */
  resolve?: (baseYear: number | null, issuedOn: string | null) => { date: string | null; from?: string | null };
  recurrence?: Recurrence;
  /** A bare 每月/每年/按季度 with no day named: a rate (每月500元) rather than a duty when its context says so. */
  bare?: boolean;
  /** The year a target is set for (year-target): a year before the policy's own names a figure already reached. */
  year?: number;
}

/** Normalised text with the original it came from (for line structure the normalisation joined). */
type Normalized = ReturnType<typeof normalizeForMatching> & { original: string };

interface Parser {
  name: string;
  find(text: string, n: Normalized): Candidate[];
}

// ---------------------------------------------------------------- grammar pieces

const BEFORE = '(?:之前|以前|前)';
const UNTIL = '(?:之前|以前|前|为止|止)';
const SEP = '(?:至|到|——|—|–|-|~|〜)';
const CN_OR_AR_NUM = '(?:\\d+(?:\\.\\d+)?|[一二两三四五六七八九十百半]+)';

const RELATIVE_YEARS: Record<string, number> = {
  今年: 0, 本年: 0, 当年: 0, 明年: 1, 次年: 1, 翌年: 1, 来年: 1, 下一年: 1, 下年: 1, 去年: -1, 上年: -1, 上一年: -1,
};
const RELATIVE_YEAR_SRC = Object.keys(RELATIVE_YEARS).sort((a, b) => b.length - a.length).join('|');
const YEAR_NUM_SRC = '(?<![\\d〇零一二三四五六七八九])(?:\\d{4}|[〇零一二三四五六七八九O]{4})(?![\\d〇零一二三四五六七八九])';

/** An explicit or relative year ending in 年, with group names made unique by `tag`. */
function yearSrc(tag = ''): string {
  return `(?:(?<yabs${tag}>${YEAR_SRC})年|(?<yrel${tag}>${RELATIVE_YEAR_SRC}))`;
}

type Groups = Record<string, string | undefined>;

function yearOf(g: Groups, base: number | null, tag = ''): number | null {
  const abs = g[`yabs${tag}`];
  if (abs !== undefined) return parseYear(abs);
  const rel = g[`yrel${tag}`];
  if (base === null) return null;
  return base + (rel !== undefined ? RELATIVE_YEARS[rel] : 0);
}

function num(s: string | undefined): number | null {
  return s === undefined ? null : parseSmallNumber(s);
}

/** Day of month a 底/末/初/旬 word stands for. 月初 is taken as the 5th, 上旬 ends on the 10th, 中旬 on the 20th,
 *  the rest at month end. */
const EARLY_MONTH_DAY = 5;
function dayOfPart(part: string | undefined, y: number, m: number): number {
  if (part === '初') return EARLY_MONTH_DAY;
  if (part === '上旬') return 10;
  if (part === '中旬') return 20;
  return lastDayOfMonth(y, m);
}

function quarterOf(s: string): number | null {
  const q = parseSmallNumber(s);
  return q !== null && q >= 1 && q <= 4 ? q : null;
}

// ---------------------------------------------------------------- parsers

/** Runs one global regex and turns each match into a candidate (or none). */
function regexParser(
  name: string,
  kind: DeadlineKind,
  source: string,
  build: (g: Groups, m: RegExpMatchArray, text: string) => Omit<Candidate, 'parser' | 'kind' | 'start' | 'end'> | null,
): Parser {
  const re = new RegExp(source, 'g');
  return {
    name,
    find(text) {
      const out: Candidate[] = [];
      for (const m of text.matchAll(re)) {
        if (m[0] === '') continue;
        const built = build(m.groups ?? {}, m, text);
        if (built) out.push({ parser: name, kind, start: m.index, end: m.index + m[0].length, ...built });
      }
      return out;
    },
  };
}

const M = (tag: string) => `(?<m${tag}>${MONTH_SRC})月`;
const D = (tag: string) => `(?<d${tag}>${DAY_SRC})[日号]`;

// 2021年1月1日至2021年12月31日, 9月1日至30日
const periodOfDays = regexParser(
  'period-days',
  'period',
  `${yearSrc('1')}?${M('1')}${D('1')}(?:起)?${SEP}${yearSrc('2')}?(?:${M('2')})?${D('2')}(?:止)?`,
  (g) => ({
    resolve(base) {
      const y1 = yearOf(g, base, '1');
      const y2 = g.yabs2 !== undefined || g.yrel2 !== undefined ? yearOf(g, base, '2') : y1;
      const m1 = num(g.m1);
      const m2 = g.m2 !== undefined ? num(g.m2) : m1;
      if (y1 === null || y2 === null || m1 === null || m2 === null) return { date: null, from: null };
      return { from: isoDate(y1, m1, num(g.d1) ?? 0), date: isoDate(y2, m2, num(g.d2) ?? 0) };
    },
  }),
);

// 自本意见印发之日起至2023年12月31日前: how long a provision applies, counted from its own issue (a window for those
// it benefits), not a day by which a body must have done something; the period runs from the date of issue.
const periodFromIssue = regexParser(
  'period-from-issue',
  'period',
  `自本(?:实施)?(?:意见|方案|通知|办法|细则|措施|规定|政策)(?:印发|发布|公布|施行|实施|出台)之日起${SEP}${yearSrc()}?${M('')}(?:${D('')}|底|末)${UNTIL}?`,
  (g) => ({
    resolve(base, issuedOn) {
      const y = yearOf(g, base);
      const m = num(g.m);
      if (y === null || m === null) return { date: null, from: null };
      const date = g.d !== undefined ? isoDate(y, m, num(g.d) ?? 0) : endOfMonth(y, m);
      return { from: issuedOn, date };
    },
  }),
);

// 政策执行至2022年底, 缓缴期限执行到2022年底, 执行期限延长至2023年6月30日, 实施时限暂定至2022年底: how long a
// provision is in force, not a day by which a body must have done something. 实施 counts only with its noun (实施时限,
// 实施期限): 组织实施到2022年底 may be a task's own date.
const termOfProvision = regexParser(
  'term-of-provision',
  'period',
  `(?:执行(?:期限|期|时间|时限)?|实施(?:期限|时限|时间|期))(?:为|延长|暂定)?${SEP}${yearSrc()}(?:${M('')}(?:${D('')}|底|末)?|年?(?:底|末))`,
  (g) => ({
    resolve(base) {
      const y = yearOf(g, base);
      if (y === null) return { date: null, from: null };
      const m = num(g.m);
      if (m === null) return { date: isoDate(y, 12, 31), from: null };
      return { date: g.d !== undefined ? isoDate(y, m, num(g.d) ?? 0) : endOfMonth(y, m), from: null };
    },
  }),
);

// 2021年1月至12月, 2021年1—12月, 1至6月, 2021年10月至2022年3月底
const periodOfMonths = regexParser(
  'period-months',
  'period',
  `${yearSrc('1')}?(?<m1>${MONTH_NUM_SRC})(?:月份?)?${SEP}${yearSrc('2')}?${M('2')}份?(?:底|末)?`,
  (g) => ({
    resolve(base) {
      const y1 = yearOf(g, base, '1');
      const y2 = g.yabs2 !== undefined || g.yrel2 !== undefined ? yearOf(g, base, '2') : y1;
      const m1 = num(g.m1);
      const m2 = num(g.m2);
      if (y1 === null || y2 === null || m1 === null || m2 === null) return { date: null, from: null };
      const from = isoDate(y1, m1, 1);
      const date = endOfMonth(y2, m2);
      return from !== null && compareIso(from, date) <= 0 ? { from, date } : { from: null, date: null };
    },
  }),
);

// 2021年至2025年, 2021—2025年
const periodOfYears = regexParser(
  'period-years',
  'period',
  `(?<y1>${YEAR_NUM_SRC})年?${SEP}(?<y2>${YEAR_NUM_SRC})年`,
  (g) => {
    const y1 = parseYear(g.y1 ?? '');
    const y2 = parseYear(g.y2 ?? '');
    if (y1 === null || y2 === null || y2 < y1) return null;
    return { resolve: () => ({ from: isoDate(y1, 1, 1), date: isoDate(y2, 12, 31) }) };
  },
);

// 每月4日前, 每月底, 每月中旬, 次月10日前 (a monthly report due in the following month); 每月底 → day 31 = month end
const monthlyDay = regexParser(
  'monthly-day',
  'monthly',
  `(?:每个?月|按月|(?<next>次月|下月))(?:的)?(?:于)?(?:(?<d>${DAY_SRC})[日号]|(?<part>月?底|月?末|月?初|最后一天|上旬|中旬|下旬))` +
    `(?:${UNTIL})?`,
  (g) => {
    if (g.next !== undefined && g.d === undefined) return null;
    const part = g.part?.replace(/^月/, '');
    const day = g.d !== undefined ? num(g.d) : part === '初' ? EARLY_MONTH_DAY : part === '上旬' ? 10 : part === '中旬' ? 20 : 31;
    if (day === null || day < 1 || day > 31) return null;
    return { recurrence: { every: 'month', day } };
  },
);

// 每月结束后5日内 / 每季度结束后10日内: due on that day of the next month (of the quarter's following month),
// the same dates as 每月5日前 / 每季度首月10日前; in working days the day is left open.
const AFTER_PERIOD = `(?:结束)?后(?<n>${CN_OR_AR_NUM})(?<unit>个?工作日|日|天)(?:以内|之内|内)`;
function dayAfterPeriod(g: Groups): number | undefined {
  const n = num(g.n);
  return n !== null && n >= 1 && n <= 28 && !/工作日/.test(g.unit ?? '') ? n : undefined;
}
const monthlyAfter = regexParser('monthly-after', 'monthly', `(?:每个?月|按月)${AFTER_PERIOD}`, (g) => {
  const day = dayAfterPeriod(g);
  return { recurrence: day === undefined ? { every: 'month' } : { every: 'month', day } };
});

// 每月, 每个月, 按月: recurring, but a rate in 每月500元/人
const monthlyBare = regexParser('monthly', 'monthly', '(?:每个?月|按月)(?!份)', () => ({
  recurrence: { every: 'month' },
  bare: true,
}));

const QUARTER_WORD = '(?:每个?季度|每季|按季度|按季(?!节))';

// 每季度末, 每季度首月10日前, 每季度最后一个月25日前
const quarterlyDay = regexParser(
  'quarterly-day',
  'quarterly',
  `${QUARTER_WORD}(?:的)?(?:(?<end>末|底|结束前)|(?<which>首月|第[一1]个月|初|第[二2]个月|末月|最后一个月|第[三3]个月)(?<d>${DAY_SRC})[日号])(?:${UNTIL})?`,
  (g) => {
    if (g.end !== undefined) return { recurrence: { every: 'quarter', month: 3, day: 31 } };
    const which = g.which ?? '';
    const month = /末|最后|三|3/.test(which) ? 3 : /二|2/.test(which) ? 2 : 1;
    const day = num(g.d);
    return day === null ? null : { recurrence: { every: 'quarter', month, day } };
  },
);

const quarterlyAfter = regexParser('quarterly-after', 'quarterly', `${QUARTER_WORD}${AFTER_PERIOD}`, (g) => {
  const day = dayAfterPeriod(g);
  return { recurrence: day === undefined ? { every: 'quarter' } : { every: 'quarter', month: 1, day } };
});

const quarterlyBare = regexParser('quarterly', 'quarterly', QUARTER_WORD, () => ({
  recurrence: { every: 'quarter' },
  bare: true,
}));

// Points inside a year, shared by one-off deadlines (6月底前) and annual duties (每年6月底前).
// Each gives the month and day; for annual duties month-end is the month's last day in a leap year (2月 → 29).
interface YearAnchor {
  name: string;
  core: string;
  /** The 前/止 word after the core. 'always': it carries the meaning (9月前 = before September);
   *  'alone': a one-off needs it (a bare 9月6日 is just a date), an annual duty does not; 'optional'. */
  suffix: string;
  suffixRule: 'always' | 'alone' | 'optional';
  monthDay(g: Groups, y: number): { month: number; day: number; yearShift?: number } | null;
}

const LEAP = 2000;
const CLOCK = '(?:\\s*(?:[上下]午|晚上)?\\s*\\d{1,2}(?:[：:]\\d{2}|[时点](?:\\d{1,2}分|半)?))?';

const ANCHORS: YearAnchor[] = [
  {
    // 12月31日前; clock-time: the hour of the day before 前 keeps the day (6月20日18：00前, 6月20日17时前, 6月20日下午5点前)
    name: 'day',
    core: `${M('')}${D('')}${CLOCK}`,
    suffix: UNTIL,
    suffixRule: 'alone',
    monthDay: (g) => ({ month: num(g.m) ?? 0, day: num(g.d) ?? 0 }),
  },
  {
    // 11月底前, 9月末, 6月下旬, 10月初
    name: 'month-end',
    core: `${M('')}份?(?<part>底|末|初|上旬|中旬|下旬)`,
    suffix: BEFORE,
    suffixRule: 'optional',
    monthDay: (g, y) => {
      const m = num(g.m);
      return m === null ? null : { month: m, day: dayOfPart(g.part, y, m) };
    },
  },
  {
    // 9月前 / 9月份前: before September begins → the last day of August (1月前 → 31 Dec of the year before)
    name: 'before-month',
    core: `${M('')}份?`,
    suffix: BEFORE,
    suffixRule: 'always',
    monthDay: (g, y) => {
      const m = num(g.m);
      if (m === null) return null;
      return m === 1 ? { month: 12, day: 31, yearShift: -1 } : { month: m - 1, day: lastDayOfMonth(y, m - 1) };
    },
  },
  {
    // 上半年 → 30 June, 下半年 → 31 December
    name: 'half-year',
    core: '(?<half>[上下])半年(?:度)?(?:底|末)?',
    suffix: BEFORE,
    suffixRule: 'optional',
    monthDay: (g) => (g.half === '上' ? { month: 6, day: 30 } : { month: 12, day: 31 }),
  },
  {
    // 第三季度, 三季度末, 第3季度前 (not 前三季度: the first three quarters)
    name: 'quarter',
    core: '(?:第|(?<![\\d〇零一二两三四五六七八九十第前]))(?<q>[一二三四1-4])季度(?:末|底)?',
    suffix: BEFORE,
    suffixRule: 'optional',
    monthDay: (g, y) => {
      const q = quarterOf(g.q ?? '');
      return q === null ? null : { month: q * 3, day: lastDayOfMonth(y, q * 3) };
    },
  },
];

function anchorSource(a: YearAnchor, annual: boolean): string {
  const required = a.suffixRule === 'always' || (a.suffixRule === 'alone' && !annual);
  return `${a.core}(?:${a.suffix})${required ? '' : '?'}`;
}

function dateFromAnchor(a: YearAnchor, g: Groups, y: number): string | null {
  const md = a.monthDay(g, y);
  if (md === null) return null;
  const year = y + (md.yearShift ?? 0);
  return isoDate(year, md.month, md.day);
}

// One-off deadlines at a point in the year, with an optional year: 2022年6月底前, 明年3月底前, 11月底前
const byAnchors: Parser[] = ANCHORS.map((a) =>
  regexParser(`by-${a.name}`, 'by', `${yearSrc()}?${anchorSource(a, false)}`, (g) => ({
    resolve(base) {
      const y = yearOf(g, base);
      return { date: y === null ? null : dateFromAnchor(a, g, y) };
    },
  })),
);

const EVERY_YEAR = '(?:每年度?|每一年)';

// Annual duties at a point in the year: 每年6月底前, 每年年底, 每年第一季度
const annualAnchors: Parser[] = [
  ...ANCHORS.map((a) =>
    regexParser(`annual-${a.name}`, 'annual', `${EVERY_YEAR}(?:的)?${anchorSource(a, true)}`, (g) => {
      const md = a.monthDay(g, LEAP);
      if (md === null || md.yearShift) return null;
      return { recurrence: { every: 'year', month: md.month, day: md.day } };
    }),
  ),
  regexParser('annual-year-end', 'annual', `${EVERY_YEAR}(?:的)?年?(?:底|末|终)(?:${BEFORE})?`, () => ({
    recurrence: { every: 'year', month: 12, day: 31 },
  })),
];

// 每年, 每年度, 按年度: an annual duty, unless a rate (每人每年2400元)
const annualBare = regexParser('annual', 'annual', `${EVERY_YEAR}|按年度|按年(?![龄份限薪])`, () => ({
  recurrence: { every: 'year' },
  bare: true,
}));

// 2021年底前, 今年底, 2022年年底前, and a bare 年底前 / 年末 (not 每年底, 三年底)
const NOT_A_YEAR_WORD = '(?<![\\d〇零一二两三四五六七八九十百半几数多每今明次来当本去上下全])';
const byYearEnd = regexParser(
  'by-year-end',
  'by',
  `(?:${yearSrc()}年?|${NOT_A_YEAR_WORD}年)(?:底|末)(?:${BEFORE})?`,
  (g) => ({
    resolve(base) {
      const y = yearOf(g, base);
      return { date: y === null ? null : isoDate(y, 12, 31) };
    },
  }),
);

// 年内, 2021年内, 今年内, 年度内 (not 两年内, 3年内: those are durations)
const byWithinYear = regexParser(
  'by-within-year',
  'by',
  `(?:${yearSrc()}度?|${NOT_A_YEAR_WORD}年度?)内`,
  (g) => ({
    resolve(base) {
      const y = yearOf(g, base);
      return { date: y === null ? null : isoDate(y, 12, 31) };
    },
  }),
);

// 到2025年，… : the end of that year (a target year, not followed by a month)
const byYearTo = regexParser(
  'by-year-to',
  'by',
  `(?:到|至|截至)(?<yabs>${YEAR_SRC})年(?![\\d〇零一二三四五六七八九十底末内度第]|[上下]半年)`,
  (g) => {
    const y = parseYear(g.yabs ?? '');
    return y === null ? null : { resolve: () => ({ date: isoDate(y, 12, 31) }) };
  },
);

// 2023年前: before 2023 begins → 31 December 2022 (as 9月前 is the end of August); not 2023年前三季度
const byBeforeYear = regexParser(
  'by-before-year',
  'by',
  `(?<yabs>${YEAR_SRC})年(?:之前|以前|前)(?![一二两三四五六七八九十\\d半])`,
  (g) => {
    const y = parseYear(g.yabs ?? '');
    return y === null ? null : { resolve: () => ({ date: isoDate(y - 1, 12, 31) }) };
  },
);

// 2019年实现90%事项网上办, 2020年完成80%: a year that says when a figure is reached dates it at that year's end.
// The figure must follow the verb: a year with a bare aim (2025年全面建成, 2020年实现全覆盖) states no date, and a
// year compared against (较2019年实现增长20%) is a baseline.
const FIGURE = '(?:\\d+(?:\\.\\d+)?|[一二两三四五六七八九十百千]+)(?:%|％|成|个|家|项|户|人|名|所|条|座|万|亿)';
const byYearFigure = regexParser(
  'by-year-figure',
  'by',
  `(?<![较比与同自从于在])(?<yabs>${YEAR_SRC})年(?=(?:要|力争|争取|基本)?(?:实现|完成|达到)了?${FIGURE})`,
  (g) => {
    const y = parseYear(g.yabs ?? '');
    return y === null ? null : { resolve: () => ({ date: isoDate(y, 12, 31) }) };
  },
);

// 2023年新增筹建保障性租赁住房不少于22万套, 力争2023年新建4万个5G基站, 本年度住宅用地供应同比增长10%以上: a year (or
// 本年度/今年, the year of issue) opening a clause that sets a count, an amount or a rate of growth for it dates the
// figure at that year's end (a year followed by 实现/完成/达到 is by-year-figure's to read). Not a year inside a name (开展2023年新能源汽车下乡活动),
// a year with a month, season or span after it (2023年7月1日, 2023年底, 2023年以来, 2024年起), or a year before the
// policy's own (a figure already reached).
const YEAR_TARGET_OPENS = /(?:^|[\n。；，：、（！？;:,(]|力争|争取|确保|计划|预计|目标是|目标为)$/;
const YEAR_TARGET_NOT_AFTER = /^(?:(?:要|力争|争取|基本)?(?:实现|完成|达到)|[\d〇零一二三四五六七八九十底末内度第前后起初]|中(?=前|期|旬|完成|实现|建成|[，。；、,;]|$)|以来|以后|以前|之前|开始|上半年|下半年|春|夏|秋|冬|期间|至|到|—|-)/;
const CLAUSE_FIGURE = /(?:不少于|不低于|超过?|达到?|(?:增长|提高|增加|下降|降低)\d+(?:\.\d+)?(?:%|％|个百分点)|(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)(?:(?:万|亿)元|(?:万|亿|千|百)?(?:个|家|项|户|人次|人|名|所|条|座|套|间|批次|批|场|辆|台|亩|公里|千米|平方米|小时|吨|张|件|处|栋|部|支|次|期|册|份)))/;
// A rate, a standard or a tax rule for that year (2022年最低工资标准1970*30%, 2022年对纳税人…按10%加计抵减) sets no figure to reach.
const CLAUSE_RATE = /按|标准|税率|征收率|抵减|[=*×/]/;
const THIS_YEAR_SRC = '本年度|今年度?';
const yearTarget: Parser = {
  name: 'year-target',
  find(text) {
    const out: Candidate[] = [];
    for (const m of text.matchAll(new RegExp(`(?:(?<yabs>${YEAR_SRC})年|(?<yrel>${THIS_YEAR_SRC}))`, 'g'))) {
      const start = m.index;
      const end = start + m[0].length;
      if (!YEAR_TARGET_OPENS.test(text.slice(Math.max(0, start - 5), start))) continue;
      if (YEAR_TARGET_NOT_AFTER.test(text.slice(end, end + 3))) continue;
      const clause = /^[^，。；,;\n]*/.exec(text.slice(end))?.[0] ?? '';
      if (!CLAUSE_FIGURE.test(clause) || CLAUSE_RATE.test(clause)) continue;
      if (m.groups?.yrel !== undefined) {
        // 本年度/今年: the year of issue, settled at the end
        out.push({ parser: 'year-target', kind: 'by', start, end, resolve: (base) => ({ date: base === null ? null : isoDate(base, 12, 31) }) });
        continue;
      }
      const y = parseYear(m.groups?.yabs ?? '');
      if (y === null) continue;
      out.push({ parser: 'year-target', kind: 'by', start, end, year: y, resolve: () => ({ date: isoDate(y, 12, 31) }) });
    }
    return out;
  },
};

// 截止到2021年12月31日 / 申报截止时间为12月31日: a cut-off day (截至, by contrast, dates a status report)
const byCutoff = regexParser(
  'by-cutoff',
  'by',
  `截止(?:时间|日期)?(?:为|是|到|至|于)?${yearSrc()}?${M('')}${D('')}`,
  (g) => ({
    resolve(base) {
      const y = yearOf(g, base);
      const m = num(g.m);
      const d = num(g.d);
      return { date: y === null || m === null || d === null ? null : isoDate(y, m, d) };
    },
  }),
);

// After a time label (完成时限：, 时间节点：) a bare date or month is a deadline too: 完成时限：2022年6月 → 30 June.
// Bare-year-label: a year alone as the whole of the label's value, written without 年 (完成时限：2024, a table's
// 建设时间 cell), is due at that year's end, as 2024年 is.
const LABEL = '(?:完成时限|完成时间|完成期限|完成日期|时间节点|时间要求|时限要求|办结时限|截止时间|截止日期|时限|期限)[：:]';
const labelled = regexParser(
  'labelled',
  'by',
  `(?<=${LABEL})(?:${yearSrc()}?(?:${M('')}(?:${D('')}|份)?)|(?<yonly>${YEAR_SRC})年度?|(?<ybare>${YEAR_NUM_SRC})(?=\\s*(?:$|\\n|[。；;])))` +
    `(?![底末前上中下旬份\\d日号])`,
  (g) => ({
    resolve(base) {
      const whole = g.yonly ?? g.ybare;
      const y = whole !== undefined ? parseYear(whole) : yearOf(g, base);
      if (y === null) return { date: null };
      if (whole !== undefined) return { date: isoDate(y, 12, 31) };
      const m = num(g.m);
      if (m === null) return { date: null };
      return { date: g.d !== undefined ? isoDate(y, m, num(g.d) ?? 0) : endOfMonth(y, m) };
    },
  }),
);

// 本月底前, 下月底前, 本月25日前, 下个月中旬: a month counted from the date of issue. Not after 每月 in the same
// sentence (每月统计，下月底前报送): that is the month after each month, a monthly duty.
const RELATIVE_MONTHS: Record<string, number> = { 本月: 0, 下月: 1, 下个月: 1 };
const byRelativeMonth = regexParser(
  'by-relative-month',
  'by',
  `(?<rel>本月|下个?月)(?:(?<d>${DAY_SRC})[日号](?:${UNTIL})|(?<part>底|末|初|上旬|中旬|下旬)(?:${BEFORE})?)`,
  (g, match, text) => {
    if (/(?:每个?月|按月)[^。；;\n]*$/.test(text.slice(0, match.index))) return null;
    return {
      resolve(_base, issuedOn) {
        if (issuedOn === null) return { date: null };
        const months = Number(issuedOn.slice(0, 4)) * 12 + Number(issuedOn.slice(5, 7)) - 1 + RELATIVE_MONTHS[g.rel ?? '本月'];
        const y = Math.floor(months / 12);
        const m = (months % 12) + 1;
        return { date: isoDate(y, m, g.d !== undefined ? (num(g.d) ?? 0) : dayOfPart(g.part, y, m)) };
      },
    };
  },
);

// 每周, 每半年: recurring duties the periods of compliance do not count (kept as standing duties, the rhythm in
// the recurrence); a rate when a per-head word comes first or an amount follows (每人每周…元).
const weekly = regexParser('weekly', 'ongoing', '(?:每个?周|每个?星期|按周)(?![年岁])', () => ({
  recurrence: { every: 'week' },
  bare: true,
}));
const halfYearly = regexParser('half-yearly', 'ongoing', '(?:每半年|每个半年|半年一次)度?', () => ({
  recurrence: { every: 'half-year' },
  bare: true,
}));

// Service time limits: 受理申请后8个工作日, 3天予以公示, 5日内办结, 压缩至1个工作日以内. Not deadlines: date null.
const SERVICE_TRIGGER =
  '(?:自)?(?:受理|收到|接到|接收|提交|申请)[\\u4e00-\\u9fff]{0,6}?(?:之日起|后|起)' +
  '|(?:压缩|缩短|压减|减少|精简|控制|降低|减)(?:至|到|在|为)' +
  '|(?:办理|办结|审批|承诺|法定)?时限(?:为|是)?';
const SERVICE_VERB =
  /^(?:完成|办结|办理|办毕|予以|作出|做出|出具|答复|回复|反馈|审结|公示|发放|拨付|到位|核实|核查|审核|审查|审批|处理|送达|告知|整改|报送|上报|兑现)/;
const serviceLimit = regexParser(
  'service-limit',
  'service-limit',
  `(?<trigger>${SERVICE_TRIGGER})?(?<n>(?<![\\d.月〇零一二两三四五六七八九十百半])${CN_OR_AR_NUM})` +
    '(?<unit>个?工作日|个?自然日|个?小时|个月|分钟|日|天)(?<within>以内|之内|内)?',
  (g, m, text) => {
    const after = text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 8);
    if (g.trigger !== undefined) return {};
    const before = text.slice(Math.max(0, (m.index ?? 0) - 4), m.index ?? 0);
    if (/(?:每|满|连续|近|最长|最短|超过|延长)$/.test(before)) return null;
    if (/^(?:的|以上|以下|左右)/.test(after)) return null;
    const unit = g.unit ?? '';
    if (/工作日|自然日/.test(unit)) return {};
    if (g.within !== undefined && /^(?:日|天|个?小时|分钟)$/.test(unit)) return {};
    return SERVICE_VERB.test(after) ? {} : null;
  },
);

// 长期坚持, 持续推进, 常态化: a deadline only when it is the whole clause (完成时限：持续推进, （长期坚持）, a line
// of its own), not when it opens an ordinary sentence (持续推进转供电环节电价整治).
const ONGOING = /长期坚持|长期推进|长期开展|长期实施|持续推进|持续开展|持续实施|常态化推进|常态化开展|常态化实施|常态化|长期/g;
const OPENS_CLAUSE = /[\n。；，：、（【！？!?;:,(\[]/;
const CLOSES_CLAUSE = /[\n。；，、）】！？!?;,)\]]/;

/** True when the original text has a line break between normalised chars i-1 and i (a joined line). */
function lineBreakBefore(n: Normalized, i: number): boolean {
  if (i <= 0 || i >= n.map.length - 1) return false;
  return /[\n\r]/.test(n.original.slice(n.map[i - 1] + 1, n.map[i]));
}

/** The matches of `re` that stand as a whole clause (opened and closed by punctuation) or a line of their own. */
function wholeClauses(re: RegExp, text: string, n: Normalized): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const m of text.matchAll(re)) {
    const start = m.index;
    const end = start + m[0].length;
    const opens = start === 0 || OPENS_CLAUSE.test(text[start - 1]);
    const closes = end === text.length || CLOSES_CLAUSE.test(text[end]);
    // A line of its own counts too, but one wrapped line end does not (PDF lines wrap mid-sentence).
    const lineStarts = start === 0 || text[start - 1] === '\n' || lineBreakBefore(n, start);
    const lineEnds = end === text.length || text[end] === '\n' || lineBreakBefore(n, end);
    if ((opens && closes) || (lineStarts && lineEnds)) out.push({ start, end });
  }
  return out;
}

const ongoing: Parser = {
  name: 'ongoing',
  find: (text, n) => wholeClauses(ONGOING, text, n).map(({ start, end }) => ({ parser: 'ongoing', kind: 'ongoing', start, end })),
};

// 全年 written as the whole time of a task (完成时限：全年, （全年）, a table cell of its own): the work runs through the
// year and is due at its end. Not 全年 opening a figure of a sentence (力争全年盘活僵尸企业10家, 全年GDP增长6%).
const WHOLE_YEAR = /全年(?:完成|推进|实施|落实)?/g;

const wholeYear: Parser = {
  name: 'whole-year',
  find: (text, n) =>
    wholeClauses(WHOLE_YEAR, text, n).map(({ start, end }) => ({
      parser: 'whole-year',
      kind: 'by',
      start,
      end,
      resolve: (base) => ({ date: base === null ? null : isoDate(base, 12, 31) }),
    })),
};

/** In order of preference: on equal spans the earlier parser wins. */
const PARSERS: Parser[] = [
  periodOfDays,
  periodFromIssue,
  termOfProvision,
  periodOfMonths,
  periodOfYears,
  monthlyDay,
  monthlyAfter,
  quarterlyDay,
  quarterlyAfter,
  ...annualAnchors,
  ...byAnchors,
  byYearEnd,
  byWithinYear,
  byYearTo,
  byBeforeYear,
  byYearFigure,
  yearTarget,
  byCutoff,
  byRelativeMonth,
  labelled,
  serviceLimit,
  ongoing,
  wholeYear,
  monthlyBare,
  quarterlyBare,
  annualBare,
  weekly,
  halfYearly,
];

// ---------------------------------------------------------------- refiners

type Refiner = (candidates: Candidate[], text: string) => Candidate[];

// A bare 每月/每年 is a rate, not a duty, when a per-head word comes first (每人每年) or an amount follows (每月500元).
const PER_UNIT_BEFORE = /每(?:人|户|名|位|家|个|次|件|亩|套|床|张|台|辆|吨|天|日|所|项)$/;
const AMOUNT_AFTER = /^(?:的)?(?:可|按)?(?:[\d.]+|[一二两三四五六七八九十百千]+)[万千百]?元/;
function isRate(c: Candidate, text: string): boolean {
  return PER_UNIT_BEFORE.test(text.slice(Math.max(0, c.start - 4), c.start)) || AMOUNT_AFTER.test(text.slice(c.end, c.end + 16));
}
const dropRates: Refiner = (cs, text) => cs.filter((c) => !(c.bare && isRate(c, text)));

// One time phrase is reported once: the longest candidate wins, then the earlier parser.
const dropOverlaps: Refiner = (cs) => {
  const rank = (c: Candidate) => PARSERS.findIndex((p) => p.name === c.parser);
  const sorted = [...cs].sort((a, b) => b.end - b.start - (a.end - a.start) || rank(a) - rank(b) || a.start - b.start);
  const kept: Candidate[] = [];
  for (const c of sorted) {
    if (kept.every((k) => c.end <= k.start || c.start >= k.end)) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
};

// A date of a benefit's beneficiaries or term (对…给予, …的，给予; benefit-condition) is a window, not a due date.
const benefitWindows: Refiner = (cs, text) =>
  cs.map((c) => (c.kind === 'by' && isBenefitCondition(text, c.start, c.end) ? { ...c, kind: 'period' as const } : c));

// A date saying which buildings a measure covers (2000年底前建成的老旧小区; built-before) is no due date.
const builtBefore: Refiner = (cs, text) => cs.filter((c) => !(c.kind === 'by' && isBuiltBefore(text, c.end)));

// A date saying what was already done by then (2023年8月31日前金融机构已发放的贷款; done-before) is no due date.
const doneBefore: Refiner = (cs, text) => cs.filter((c) => !(c.kind === 'by' && isDoneBefore(text, c.end)));

// The closing date for claiming a benefit (申报购房补贴截止时间为2024年6月30日; claim-cutoff) is the claimants', a window.
const claimCutoffs: Refiner = (cs, text) =>
  cs.map((c) => (c.kind === 'by' && isClaimCutoff(text, c.start, c.end) ? { ...c, kind: 'period' as const } : c));

// 年内持续推进 (ongoing-within-year): the work goes on through the year, no due date.
const ongoingWithinYear: Refiner = (cs, text) => cs.filter((c) => !(c.kind === 'by' && c.parser === 'by-within-year' && isOngoingWithinYear(text, c.end)));

// A bare 年末 among 年初/年中 steps (前期自查、年中指导、年末检查; yearly-cycle) comes round every year.
const yearlySteps: Refiner = (cs, text) =>
  cs.map((c) => (c.kind === 'by' && isYearlyStep(text, c.start, c.end) ? { parser: c.parser, kind: 'annual' as const, start: c.start, end: c.end, recurrence: { every: 'year' as const } } : c));

/** The refiners, in the order they run. */
const REFINERS: Refiner[] = [dropRates, dropOverlaps, benefitWindows, builtBefore, doneBefore, claimCutoffs, ongoingWithinYear, yearlySteps];

// ---------------------------------------------------------------- entry point

/** Every time phrase in `text`, in order of appearance, with offsets into `text`. */
export function extractDeadlines(text: string, ctx: DeadlineContext): Deadline[] {
  const n = { ...normalizeForMatching(text), original: text };
  let candidates = PARSERS.flatMap((p) => p.find(n.text, n));
  for (const refine of REFINERS) candidates = refine(candidates, n.text);

  const baseYear = ctx.issuedOn ? Number(ctx.issuedOn.slice(0, 4)) : (ctx.planYear ?? null);
  if (baseYear !== null) candidates = candidates.filter((c) => c.year === undefined || c.year >= baseYear);
  // carried-year: the year written on the last date of the sentence, for a date that writes none
  let written: { year: number; end: number } | null = null;
  return candidates.map((c) => {
    const span = originalSpan(n, c.start, c.end);
    const own = writesYear(n.text.slice(c.start, c.end));
    const carried = !own && written !== null && carriesYear(n.text, written.end, c.start) ? written.year : null;
    const resolved = c.resolve ? c.resolve(carried ?? baseYear, ctx.issuedOn) : { date: null };
    if (own && c.kind === 'by' && resolved.date) written = { year: Number(resolved.date.slice(0, 4)), end: c.end };
    const date = resolved.date ?? null;
    const deadline: Deadline = {
      text: text.slice(span.start, span.end),
      date,
      kind: c.kind,
      beforeIssue: date !== null && ctx.issuedOn !== null && compareIso(date, ctx.issuedOn) < 0,
      start: span.start,
      end: span.end,
    };
    if (c.recurrence) deadline.recurrence = c.recurrence;
    if (c.kind === 'period') deadline.from = resolved.from ?? null;
    return deadline;
  });
}
