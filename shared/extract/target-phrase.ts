// Rule target-phrase: a target's value means little without what it measures. 「增长7%以上」 is read from
// 「确保地区生产总值增长7%以上，服务业增加值增长7%以上」 twice, once for each indicator; the office needs
// 「地区生产总值增长7%以上」 and 「服务业增加值增长7%以上」. The phrase is the target's clause from its indicator to
// its value: the words back to the clause's start, without the opening words that say how hard or by when
// (确保, 力争, 到2025年底); a count after a duty verb takes the thing counted that follows it (培育3家龙头企业), and
// a share that opens its clause the words after it (80%以上的企业实现上云); a count joined to a counted duty
// (引进30名管理人才和50名专业人才) is a target of that duty too, and takes its verb.
// A clause too long to be an indicator, or one with nothing before the value, gives no phrase. Pure.
import type { Target } from '../types';
import { alternation, COUNT_UNITS, DUTY_VERB_AT_END } from './target-words';

// Marks that end a clause. The enumeration comma is not one: 「财政收入、税收收入均增长5%」 measures both.
const CLAUSE_MARKS = new Set(['。', '；', ';', '，', ',', '：', ':', '！', '？', '!', '?', '\n', '（', '(', '）', ')', '〔', '〕', '【', '】', '|', '｜', '\t']);

// Opening words of a clause that are no part of what is measured: resolve (确保, 力争), a date (到2025年底),
// a connective (同时, 其中). Taken off again and again (力争到2025年底).
const OPENING = new RegExp(
  '^(?:' +
    [
      '力争', '争取', '确保', '努力', '全力', '实现', '推动', '推进', '促进', '使', '让', '其中', '同时', '并且', '并', '且', '但是', '但', '要',
      '(?:到|至|截至|截止到|截止)?(?:\\d{4}|[〇零一二三四五六七八九]{4})年(?:年底|年度|底|末|度|前|内)?(?:前)?',
      '(?:到|至)?(?:本|今|明)年(?:年底|年度|底|末|度|内)?',
      '年内', '年底前', '(?:\\d+|[一二三四五六七八九十]+)年内',
      '\\d{1,2}月(?:底|末|中旬|上旬|下旬)?(?:前)?',
      '\\s+',
    ].join('|') +
    ')',
);

// An indicator is a few words; a clause this long before its value is a sentence, not an indicator.
const MAX_INDICATOR_CHARS = 24;
// What a count counts follows it (3家龙头企业); a few words at most.
const MAX_COUNTED_CHARS = 16;

// A count's unit after a duty verb (培训…200名以上), whatever comparison the count carries: the thing counted follows.
const COUNT_UNIT = new RegExp(`(?:${alternation(COUNT_UNITS)})(?:以上|及以上)?$`);

function clauseStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && !CLAUSE_MARKS.has(text[i - 1])) i--;
  return i;
}

// A second count joined to the first (引进30名管理人才和50名专业人才): the first's thing counted ends before it.
const NEXT_COUNT = /^(?:以及|和|及|与|、)[\d一二三四五六七八九十两]/;

function clauseEnd(text: string, at: number): number {
  let i = at;
  while (i < text.length && !CLAUSE_MARKS.has(text[i]) && text[i] !== '、' && !NEXT_COUNT.test(text.slice(i, i + 3))) i++;
  return i;
}

/** The duty verb right before a count at `start` (培训 in 「全区培训200名」), or null. */
export function dutyVerbBefore(text: string, start: number): string | null {
  return DUTY_VERB_AT_END.exec(text.slice(Math.max(0, start - 4), start))?.[0] ?? null;
}

/** The thing a count at `end` counts (200名养老护理员): a few words up to its clause's end, not a 的 phrase. */
function countedAfter(text: string, end: number): string | undefined {
  const counted = text.slice(end, clauseEnd(text, end));
  return counted !== '' && counted.length <= MAX_COUNTED_CHARS && !counted.startsWith('的') ? counted : undefined;
}

function withoutOpening(words: string): string {
  let rest = words;
  for (let cut = OPENING.exec(rest); cut && cut[0] !== ''; cut = OPENING.exec(rest)) rest = rest.slice(cut[0].length);
  return rest;
}

/**
 * The target's words with what it measures (`text` holds the whole measure the target was read from, `target` its
 * offsets there), or undefined when the clause names nothing before the value or is too long to be an indicator.
 */
export function targetPhrase(text: string, target: Pick<Target, 'start' | 'end' | 'text'>, carriedVerb?: string): string | undefined {
  const before = withoutOpening(text.slice(clauseStart(text, target.start), target.start));
  // a count joined to an earlier one takes its verb (…和50名金融高级专业人才 → 引进50名金融高级专业人才)
  if (carriedVerb && /(?:以及|和|及|与|、)$/.test(before)) {
    const counted = countedAfter(text, target.end);
    return counted && `${carriedVerb}${target.text}${counted}`;
  }
  if (before.length > MAX_INDICATOR_CHARS) return undefined;
  // a count delivered: the verb, the count and the thing counted
  if (DUTY_VERB_AT_END.test(before) && COUNT_UNIT.test(target.text)) {
    const counted = countedAfter(text, target.end);
    return counted && `${before}${target.text}${counted}`;
  }
  // a share of what follows it (80%以上的规上工业企业实现数字化转型): the clause after the value says of what
  if (before === '' && text.startsWith('的', target.end)) {
    const rest = text.slice(target.end, clauseEnd(text, target.end));
    return rest.length > 1 && rest.length <= MAX_INDICATOR_CHARS ? `${target.text}${rest}` : undefined;
  }
  // a value with nothing before it, or only the change it asks (增长7%以上 alone), measures nothing named
  if (before === '' || /^(?:的|和|及|与|或)/.test(before)) return undefined;
  return `${before}${target.text}`;
}

/** A target as the office reads it: what it measures with its value where that was read, else its value alone. */
export function targetWords(target: Pick<Target, 'text' | 'phrase'>): string {
  return target.phrase ?? target.text;
}
