// Numbering labels that open a line of a policy, from the coarsest level to the finest:
//   第一章 / 第一部分  →  一、  →  第一条  →  （一）  →  1. / 1、 / 1。  →  （1） / 1）.
// "一是…，二是…" enumerates points inside a measure and is never numbering.
import { parseChineseNumber } from '../text/cn-numerals';

export type LabelStyle = 'chapter' | 'cn' | 'paren-cn' | 'arabic' | 'paren-arabic' | 'article';

/** Coarse to fine; a line of an earlier style closes the items of later styles. */
export const STYLE_ORDER: readonly LabelStyle[] = ['chapter', 'cn', 'article', 'paren-cn', 'arabic', 'paren-arabic'];

export interface LineLabel {
  style: LabelStyle;
  /** The label as written, e.g. "1.", "（一）", "第一条", "一、". */
  label: string;
  /** The numeral as written: "一", "1". */
  numeral: string;
  value: number;
  /** The text after the label. */
  rest: string;
}

const CN = '[一二三四五六七八九十百零〇两]';
const PATTERNS: { style: LabelStyle; re: RegExp }[] = [
  { style: 'chapter', re: new RegExp(`^(第(${CN}{1,4}|\\d{1,3})(?:章|部分|篇))[\\s、：:]*`) },
  { style: 'article', re: new RegExp(`^(第(${CN}{1,4}|\\d{1,3})条)[\\s、：:]*`) },
  { style: 'cn', re: new RegExp(`^((${CN}{1,3})\\s*[、．.])\\s*`) },
  { style: 'paren-cn', re: new RegExp(`^([（(]\\s*(${CN}{1,3})\\s*[）)])[\\s、]*`) },
  { style: 'arabic', re: /^((\d{1,3})\s*[.．、](?![\d.．]))\s*/ },
  // full-stop-number: a copy that writes a full stop for the dot (「1。在以习近平同志为核心的…」, a news page's copy of
  // 天津市's 2020 任务分工) still numbers its items; only before the item's text, never a bare 「1。」
  { style: 'arabic', re: /^((\d{1,3})\s*。)(?=[\u4e00-\u9fa5“《（(])/ },
  { style: 'paren-arabic', re: /^([（(]\s*(\d{1,3})\s*[）)])[\s、]*/ },
  { style: 'paren-arabic', re: /^((\d{1,3})\s*[）)])[\s、]*/ },
];

// the whole rest of an article's line one bracketed phrase: its title
const ARTICLE_TITLE = /^[（(]\s*([^（）()，。；：,;:\s][^（）()，。；：,;:]{0,29}?)\s*[）)]$/;

export function readLabel(text: string): LineLabel | null {
  // Full-width digits (１．) number as well; one character each, so offsets stay.
  const folded = text.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  for (const { style, re } of PATTERNS) {
    const m = re.exec(folded);
    if (!m) continue;
    const value = parseChineseNumber(m[2]);
    if (value === null || !Number.isInteger(value) || value < 1) continue;
    const rest = text.slice(m[0].length);
    // article-title-bracket: an article's title written in brackets after its number (「第六条（规划条件征询及确定）」) is
    // the title, not a bracket naming who answers
    const titled = style === 'article' ? ARTICLE_TITLE.exec(rest) : null;
    return { style, label: text.slice(0, m[1].length).replace(/\s+/g, ''), numeral: m[2], value, rest: titled ? titled[1] : rest };
  }
  return null;
}

export function styleRank(style: LabelStyle): number {
  return STYLE_ORDER.indexOf(style);
}
