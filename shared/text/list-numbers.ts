// Automatic list numbers as a word processor shows them. A Word or WPS document often numbers its sections, measures
// and a table's 序号 column with the program's own numbering rather than typed characters: the numbers are then no
// part of the text and must be written out (一、 （一） 1. ①) for the document to read as it prints.
import { toChineseNumber } from './cn-numerals';

/** One level of a list's definition (Word's w:lvl). */
export interface ListLevel {
  /** The first number of the level. */
  start: number;
  /** How the number is written: Word's number format name (decimal, chineseCounting, decimalEnclosedCircle, …). */
  format: string;
  /** The label, %1…%9 standing for the numbers of levels 1…9: 「%1、」, 「（%1）」, 「%1.%2」. */
  text: string;
  /**
   * When the level starts again: after any use of a level above it (undefined, the default), never (0), or after a
   * use of level `restart` (counted from 1) or one above it.
   */
  restart?: number;
  /** Every number in the label written in Arabic digits (a 「1.2.3」 style over levels written otherwise). */
  legal?: boolean;
  /** What separates the label from the text: a tab, a space or nothing. */
  suffix: 'tab' | 'space' | 'nothing';
}

/** A list's definition, shared by the lists that use it (Word's w:abstractNum). */
export interface ListDefinition {
  id: string;
  levels: ListLevel[];
}

/** A list as paragraphs use it (Word's w:num): its definition, and levels it starts anew or words otherwise. */
export interface ListInstance {
  definition: ListDefinition;
  /** Levels that start again at the given number where this list is first used. */
  startOverrides: Map<number, number>;
  /** Levels defined anew for this list. */
  levelOverrides: Map<number, ListLevel>;
}

const FULL_WIDTH_DIGITS = '０１２３４５６７８９';
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const PARENTHESIZED = '⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇';
const FULL_STOP = '⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛';
const HEAVENLY_STEMS = '甲乙丙丁戊己庚辛壬癸';
const EARTHLY_BRANCHES = '子丑寅卯辰巳午未申酉戌亥';
const IDEOGRAPH_DIGITS = '〇一二三四五六七八九';
const FINANCIAL: Record<string, string> = { 一: '壹', 二: '贰', 三: '叁', 四: '肆', 五: '伍', 六: '陆', 七: '柒', 八: '捌', 九: '玖', 十: '拾', 百: '佰', 千: '仟' };

/** The n-th character of a fixed series, or the number in digits past its end. */
const fromSeries = (series: string, n: number) => (n >= 1 && n <= [...series].length ? [...series][n - 1] : String(n));

function roman(n: number): string {
  if (n < 1 || n > 3999) return String(n);
  const parts: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [value, letters] of parts) for (; n >= value; n -= value) out += letters;
  return out;
}

/** A, B, … Z, then AA, BB, … as Word letters a list. */
function letter(n: number): string {
  if (n < 1) return String(n);
  return String.fromCharCode(65 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
}

/** `n` written in a level's number format; formats that write no number (bullet, none) give ''. */
export function formatListNumber(n: number, format: string): string {
  switch (format) {
    case 'bullet':
    case 'none':
      return '';
    case 'decimalZero':
      return n >= 0 && n < 10 ? `0${n}` : String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return [...String(n)].map((d) => (/\d/.test(d) ? FULL_WIDTH_DIGITS[Number(d)] : d)).join('');
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return fromSeries(CIRCLED, n);
    case 'decimalEnclosedParen':
      return fromSeries(PARENTHESIZED, n);
    case 'decimalEnclosedFullstop':
      return fromSeries(FULL_STOP, n);
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'chineseCountingTenThousand':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
    case 'japaneseCounting':
      return n >= 1 ? toChineseNumber(n) : String(n);
    case 'chineseLegalSimplified': {
      if (n < 1) return String(n);
      const plain = toChineseNumber(n);
      // the financial style writes the one of 十: 壹拾, not 拾
      return [...(plain.startsWith('十') ? `一${plain}` : plain)].map((c) => FINANCIAL[c] ?? c).join('');
    }
    case 'ideographDigital':
    case 'taiwaneseDigital':
      return [...String(n)].map((d) => (/\d/.test(d) ? IDEOGRAPH_DIGITS[Number(d)] : d)).join('');
    case 'ideographTraditional':
      return fromSeries(HEAVENLY_STEMS, n);
    case 'ideographZodiac':
      return fromSeries(EARTHLY_BRANCHES, n);
    case 'upperLetter':
      return letter(n);
    case 'lowerLetter':
      return letter(n).toLowerCase();
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    default:
      return String(n);
  }
}

/**
 * A label ending on punctuation or on a number sign that stands alone (一、 （一） 1. ①) runs straight into its text; one
 * ending on a plain number is kept apart.
 */
const ENDS_ON_MARK = /[、.．,，:：)）\]】>》\s\u2460-\u249b]$/;

/**
 * The counts of a document's lists, kept in the order its paragraphs come: `label` gives each numbered paragraph its
 * label and moves the count on. Lists that share a definition share their counts, as Word counts them.
 */
export class ListCounters {
  private readonly counts = new Map<string, (number | undefined)[]>();
  private readonly used = new Set<ListInstance>();

  /** The label of the next paragraph of `list` at `level` (from 0), with what separates it from the text. */
  label(list: ListInstance, level: number): string {
    const levelOf = (k: number): ListLevel | undefined => list.levelOverrides.get(k) ?? list.definition.levels[k];
    const own = levelOf(level);
    if (!own) return '';
    let counts = this.counts.get(list.definition.id);
    if (!counts) this.counts.set(list.definition.id, (counts = []));
    if (!this.used.has(list)) {
      this.used.add(list);
      for (const [k, start] of list.startOverrides) counts[k] = start - 1;
    }
    counts[level] = (counts[level] ?? own.start - 1) + 1;
    // levels below start again after this one, unless their definition says otherwise
    for (let k = level + 1; k < Math.max(counts.length, 9); k++) {
      const restart = levelOf(k)?.restart;
      if (restart === undefined || (restart !== 0 && level < restart)) counts[k] = undefined;
    }
    if (own.format === 'bullet') return '';
    const text = own.text.replace(/%([1-9])/g, (_, digit: string) => {
      const k = Number(digit) - 1;
      const named = levelOf(k);
      if (k > level || !named) return '';
      return formatListNumber(counts[k] ?? named.start, own.legal ? 'decimal' : named.format);
    });
    if (!text.trim()) return '';
    return own.suffix === 'nothing' || ENDS_ON_MARK.test(text) ? text : `${text} `;
  }
}
