// Quantitative targets of a measure: a number, its unit and how the result compares with it
// (不少于1000名 → ≥ 1000 名). Parser: every number with a unit; refiners: read the comparison words around it,
// drop conditions and benefit ceilings, map offsets back to the original text.
//
// Decisions:
// - a level to reach (达到95%) is a floor: '>='; a plain count after a duty verb (培训200名养老护理员) is a floor too;
// - a change without an end value (提高10个百分点, 减少30%) is the least change asked for: '>=';
//   with an end value (降低至5%, 压缩至1个工作日以内) it is a ceiling: '<=';
// - about a value (增长8%左右, 控制在3%左右) is '=', whatever the change before it; 左右 with no comparison word before
//   the number is an amount, as any number without one is;
// - the value is kept as written and 万/亿 stay in the unit (20万元 → 20, '万元');
// - not targets: amounts with no comparison (每月500元/人, 0.8倍), conditions and qualifiers
//   (不超过10万元的，…; 满1个月以上; 经营1年以上的农民工; but a share stays: 80%以上的企业),
//   and ceilings on what may be granted (最高20万元, 最长6个月的补贴);
// - each target carries the words of what it measures where its clause names them (target-phrase.ts).
import type { Target, TargetComparison } from '../types';
import { normalizeForMatching, originalSpan } from '../text/normalize';
import { parseChineseNumber } from '../text/cn-numerals';
import { dutyVerbBefore, targetPhrase } from './target-phrase';
import { alternation, COUNT_UNITS, DUTY_VERB_AT_END } from './target-words';

interface ComparisonWord {
  word: string;
  comparison: TargetComparison;
  /** 达到: a reached level; a trailing 以上/以下 decides when present. */
  weak?: boolean;
  /** 最高/最多/最长: a ceiling on a grant, a target only when it is not money or an attribute. */
  ceiling?: boolean;
}

const PREFIX_WORDS: ComparisonWord[] = [
  ...['不少于', '不低于', '不得少于', '不得低于', '不应少于', '不应低于', '不小于', '至少', '最少', '最低'].map(
    (word) => ({ word, comparison: '>=' as const }),
  ),
  ...['力争达到', '达到', '达'].map((word) => ({ word, comparison: '>=' as const, weak: true })),
  // a level to hold (粮食产量稳定在23万吨): at least that, unless 以内/左右 after it says otherwise
  ...['稳定在', '保持在', '维持在'].map((word) => ({ word, comparison: '>=' as const, weak: true })),
  ...['提高', '提升', '增加', '增长', '扩大'].flatMap((v) => [`${v}到`, `${v}至`]).map((word) => ({ word, comparison: '>=' as const })),
  ...['超过', '多于', '高于', '大于', '突破'].map((word) => ({ word, comparison: '>' as const })),
  ...['不超过', '不得超过', '不应超过', '不高于', '不得高于', '不多于', '不大于', '上限为'].map((word) => ({
    word,
    comparison: '<=' as const,
  })),
  ...['最高', '最多', '最长'].map((word) => ({ word, comparison: '<=' as const, ceiling: true })),
  ...['压缩', '压减', '缩短', '减少', '降低', '下降', '控制', '降', '减']
    .flatMap((v) => [`${v}至`, `${v}到`, `${v}在`, `${v}为`])
    .map((word) => ({ word, comparison: '<=' as const })),
  ...['低于', '少于', '小于', '不足'].map((word) => ({ word, comparison: '<' as const })),
  // a change amount: at least this much
  ...['提高', '提升', '增长', '增加', '减少', '降低', '下降', '压减', '压缩', '缩短'].map((word) => ({
    word,
    comparison: '>=' as const,
  })),
];

const SUFFIX_WORDS: ComparisonWord[] = [
  // about this much (增长8%左右): neither a floor nor a ceiling, whatever change comes before it
  { word: '左右', comparison: '=' },
  ...['及以上', '以上', '之上'].map((word) => ({ word, comparison: '>=' as const })),
  ...['及以下', '以下', '以内', '之内'].map((word) => ({ word, comparison: '<=' as const })),
];

// money, alone or per unit (元/人)
const MONEY = /元(?:\/|$)/;

const BASE_UNITS = [
  '个百分点', '百分点', '%', '‰',
  '个工作日', '工作日', '个自然日', '个小时', '小时', '分钟', '个月', '天', '年',
  '人次', '名', '人', '户', '家', '个', '项', '件', '场', '次', '所', '套', '处', '座', '台', '期', '批', '条',
  '倍', '元', '平方米', '亩', '公里', '千米', '吨', '辆', '张', '床', '份', '篇', '支', '类', '种', '篇',
];
const UNITS = [...new Set([...BASE_UNITS.flatMap((u) => (/^[%‰倍年天]|工作日|小时|分钟|个月|百分点/.test(u) ? [u] : [`万${u}`, `亿${u}`, u]))])].sort(
  (a, b) => b.length - a.length,
);

// A rate's second unit (46000元/人, 5000元/辆): the value is per one of these.
const PER_UNITS = ['人', '户', '辆', '台', '年', '月', '天', '亩', '平方米', '吨', '件', '人·年'];

const CN_DIGITS = '零〇一二两三四五六七八九十百千';
const QUANTITY = new RegExp(
  `百分之(?<pct>[${CN_DIGITS}\\d.]+)` +
    `|(?<n>(?<![\\d.,])(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?|(?<![${CN_DIGITS}])[${CN_DIGITS}]+)(?<unit>(?:${alternation(UNITS)})(?:/(?:${alternation(PER_UNITS)}))?)`,
  'g',
);
const PREFIX_AT_END = new RegExp(`(?:${alternation(PREFIX_WORDS.map((w) => w.word))})$`);
const SUFFIX_AT_START = new RegExp(`^(?:${alternation(SUFFIX_WORDS.map((w) => w.word))})`);
const COUNT_UNIT = new RegExp(`^(?:${alternation(COUNT_UNITS)})$`);
// 第14条 is an ordinal, 满1个月以上 a condition, 每5人 a ratio, 前3名 a rank, 近3年 a window
const NOT_A_QUANTITY_BEFORE = /(?:第|满|不满|每|前|近)$/;
const CEILING_BEFORE = /(?:最高|最多|最长)$/;
const CLAUSE_END = /^(?:$|[，。；、,;）)\n])/;

const wordOf = (words: ComparisonWord[], w: string) => words.find((x) => x.word === w) as ComparisonWord;

interface Proposed {
  start: number;
  end: number;
  value: number;
  unit: string;
  comparison: TargetComparison;
  /** A count delivered (培训200名): read from the duty verb before it, or joined to such a count. */
  counted: boolean;
}

// What lies between a counted duty and a second count joined to it: the first's thing counted and a connective.
const JOINED_COUNT = /^[^。；;，,：:\n]{0,16}(?:以及|和|及|与|、)$/;

function readQuantity(text: string, m: RegExpMatchArray, joinsCount: boolean): Proposed | null {
  const qStart = m.index ?? 0;
  const qEnd = qStart + m[0].length;
  const g = m.groups ?? {};
  const value = parseChineseNumber(g.pct ?? g.n ?? '');
  if (value === null) return null;
  const unit = g.pct !== undefined ? '%' : (g.unit ?? '');
  const arabic = g.n !== undefined && /^[\d.,]+$/.test(g.n);

  const before = text.slice(Math.max(0, qStart - 8), qStart);
  const prefixMatch = PREFIX_AT_END.exec(before);
  const prefix = prefixMatch ? wordOf(PREFIX_WORDS, prefixMatch[0]) : null;
  const suffixMatch = SUFFIX_AT_START.exec(text.slice(qEnd, qEnd + 4));
  const suffix = suffixMatch ? wordOf(SUFFIX_WORDS, suffixMatch[0]) : null;
  const start = prefixMatch ? qStart - prefixMatch[0].length : qStart;
  const end = suffixMatch ? qEnd + suffixMatch[0].length : qEnd;

  if (NOT_A_QUANTITY_BEFORE.test(text.slice(Math.max(0, start - 4), start))) return null;
  const after = text.slice(end, end + 4);
  // 最高不超过200万元 caps a grant as 最高200万元 does
  const ceiling = prefix?.ceiling || CEILING_BEFORE.test(text.slice(Math.max(0, start - 2), start));
  // X的 qualifies a noun or ends a condition (不超过10万元的，…; 经营1年以上的农民工; 最长6个月的补贴);
  // only a share stays a target (80%以上的企业)
  if (after.startsWith('的') && (unit !== '%' || ceiling || CLAUSE_END.test(after.slice(1)))) return null;
  if (ceiling && MONEY.test(unit)) return null;

  let comparison: TargetComparison | null = null;
  if (prefix && suffix) comparison = prefix.weak || suffix.comparison === '=' ? suffix.comparison : prefix.comparison;
  else if (prefix) comparison = prefix.comparison;
  // 左右 alone (每月500元左右) is an amount, not a target
  else if (suffix && suffix.comparison !== '=') comparison = suffix.comparison;
  else if (arabic && COUNT_UNIT.test(unit) && (DUTY_VERB_AT_END.test(before) || joinsCount)) return { start, end, value, unit, comparison: '>=', counted: true };
  if (comparison === null) return null;
  return { start, end, value, unit, comparison, counted: false };
}

/** Quantitative targets in `text`, in order of appearance, with offsets into `text`. */
export function extractTargets(text: string): Target[] {
  const n = normalizeForMatching(text);
  const targets: Target[] = [];
  // the counted duty the next count may join: where it ends (in the normalised text) and its verb
  let duty: { end: number; verb: string | null } | null = null;
  for (const m of n.text.matchAll(QUANTITY)) {
    const joins: boolean = duty !== null && JOINED_COUNT.test(n.text.slice(duty.end, m.index));
    const p = readQuantity(n.text, m, joins);
    if (!p) continue;
    const span = originalSpan(n, p.start, p.end);
    const written = text.slice(span.start, span.end);
    const verb: string | null = joins && p.counted ? duty!.verb : p.counted ? dutyVerbBefore(text, span.start) : null;
    duty = p.counted ? { end: p.end, verb } : null;
    const phrase = targetPhrase(text, { start: span.start, end: span.end, text: written }, joins && verb ? verb : undefined);
    targets.push({
      text: written,
      ...(phrase ? { phrase } : {}),
      value: p.value,
      unit: p.unit,
      comparison: p.comparison,
      start: span.start,
      end: span.end,
    });
  }
  return targets;
}
