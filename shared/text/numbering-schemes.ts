// The numbering schemes of the genre, from the outermost to the innermost: chapters (第一章), articles (第一条),
// section headings (一、), items in brackets (（一）), numbered items (1. or 1、) and points in brackets (（1）). A
// document uses some of them, nested in this order. A word-processor copy may set a space between the figure and its
// mark (「1 . 严格管控…」, 「一 、 承担的…」: spaced-mark), and a copy may write a full stop for the dot before an item's
// text (「1。在以…」: full-stop-number, as policy-numbering.ts reads a line). Pure data and their readers.
import { parseChineseNumber } from './cn-numerals';

export interface NumberingScheme {
  name: string;
  /** Where a number of the scheme is written; the number itself in the first group. */
  pattern: RegExp;
  read: (digits: string) => number | null;
  /** How deep the scheme sits: a scheme nests inside those of a lower rank. */
  rank: number;
}

/**
 * A number written so that it reads as a decimal too (「11.121人才梯队项目」, 「3.5亿元」): it may only go on with a list
 * already begun (decimal-item).
 */
export function readsAsDecimal(text: string, end: number): boolean {
  return /[.．]$/.test(text.slice(end - 1, end)) && /\d/.test(text[end] ?? '');
}

const HAN = '一二三四五六七八九十';
const arabic = (digits: string) => Number(digits);

export const NUMBERING_SCHEMES: NumberingScheme[] = [
  { name: 'chapter', pattern: new RegExp(`第([${HAN}]{1,3})章`, 'g'), read: parseChineseNumber, rank: 0 },
  { name: 'article', pattern: new RegExp(`第([${HAN}百零]{1,5})条`, 'g'), read: parseChineseNumber, rank: 1 },
  { name: 'section', pattern: new RegExp(`([${HAN}]{1,3}) ?、`, 'g'), read: parseChineseNumber, rank: 2 },
  { name: 'bracketed', pattern: new RegExp(`[（(]([${HAN}]{1,3})[）)]`, 'g'), read: parseChineseNumber, rank: 3 },
  { name: 'dotted', pattern: /(\d{1,3}) ?(?:[.．](?![.．])|。(?=[\u4e00-\u9fa5“《（(]))/g, read: arabic, rank: 4 },
  { name: 'enumerated', pattern: /(\d{1,3}) ?、/g, read: arabic, rank: 4 },
  { name: 'point', pattern: /[（(](\d{1,3})[）)]/g, read: arabic, rank: 5 },
];
