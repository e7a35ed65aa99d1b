// Layout repair: turns the raw blocks an importer sees (lines of a PDF page, paragraphs of a Word file, lines of a
// text file) into the paragraphs a reader sees. Page breaks and stray paragraph breaks cut sentences in two
// ("…规范人力资源招聘" / "行为，禁止…"); page numbers and running headers sit between the halves. Pure.
import type { Paragraph } from '../types';
import { joinCellLines } from './cell-lines';
import { splitRunOnItems } from './run-on-items';
import { dutyCellText } from './duty-cell';
import { isMeetingLine, isSalutationLine, isTitleMeetingLine, opensMeetingLine } from './speech-lines';
import { isWordSpace } from './word-space';

/**
 * How the source separates a block from the one before it.
 * 'soft': the layout says it continues the same paragraph (a wrapped PDF line).
 * 'break': a paragraph break, which may still be a split sentence.
 * 'end': the layout says the paragraph ended: its line stopped well short of the margin (a PDF's short-line).
 */
export type BlockGap = 'soft' | 'break' | 'end';

export interface LayoutBlock {
  /** The block's text as extracted; may hold markdown marks or the spaces PDF extraction adds. */
  text: string;
  /** Offsets into the document text. */
  start: number;
  end: number;
  /** 1-based page, where the format has pages. */
  page?: number;
  /** Defaults to 'break'. */
  gap?: BlockGap;
  bold?: boolean;
  /** The block's opening bold run, where only part of it is bold. */
  boldPrefix?: string;
  heading?: boolean;
  /** Never joined to a neighbour (table rows). */
  standalone?: boolean;
  /**
   * Its spaces are the writer's (a text file, a Word document, a web page), not gaps that extraction read off a page
   * (a PDF, a scan): a space between two words of Chinese is kept (word-space).
   */
  typedSpaces?: boolean;
}

// ---------------------------------------------------------------- character classes

const CJK = '\\u2E80-\\u2FFF\\u3000-\\u303F\\u3040-\\u30FF\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uF900-\\uFAFF\\uFE30-\\uFE4F\\uFF00-\\uFFEF';
/** Punctuation used inside Chinese text that lives outside the CJK blocks. */
const CJK_PUNCT = '“”‘’—…·';
const CJK_CLASS = `[${CJK}${CJK_PUNCT}]`;
const HAN_NUM = '一二三四五六七八九十百千零〇两';

const CJK_CHAR = new RegExp(`^${CJK_CLASS}$`);
const isCjkChar = (ch: string) => CJK_CHAR.test(ch);
/** Characters a stray space may sit between: Chinese, digits, letters (not "1. " or "## "). */
const isWordChar = (ch: string) => isCjkChar(ch) || /^[0-9A-Za-z%％]$/.test(ch);

/** The text with markdown marks and layout whitespace taken out: what the rules look at. */
export function plainText(text: string): string {
  return text
    .replace(/\*\*/g, '')
    .replace(/^[\s\u3000#>]+/, '')
    .replace(/[\s\u3000]+/g, '');
}

// ---------------------------------------------------------------- line classes

const PAGE_NUMBER_PATTERNS: RegExp[] = [
  /^[-—–－~～_·•]+\d{1,4}[-—–－~～_·•]+$/, // — 1 —, - 2 -
  /^\d{1,3}$/, // a lone number
  /^第\d{1,4}页(共\d{1,4}页)?$/, // 第 3 页, 第3页共12页
  new RegExp(`^第[${HAN_NUM}]{1,4}页$`),
  /^共\d{1,4}页第\d{1,4}页$/,
  /^第\d{1,4}页[/／]共\d{1,4}页$/,
  /^\d{1,4}[/／]\d{1,4}$/, // 3/12
  /^(page|p\.?)\d{1,4}((of|\/)\d{1,4})?$/i,
];

/** A line that carries nothing but a page number. */
export function isPageNumberLine(text: string): boolean {
  const t = text.replace(/[\s\u3000]+/g, '').replace(/\*\*/g, '');
  return t.length > 0 && PAGE_NUMBER_PATTERNS.some((p) => p.test(t));
}

const FINAL = /[。！？；：!?;:…]$|[。！？!?][”’"」』]$|[）)】〕]$/;

/** The text ends a sentence (or closes a bracket), so a break after it is a real paragraph break. */
export function endsSentence(text: string): boolean {
  const t = text.replace(/[\s\u3000]+$/, '').replace(/\*\*$/, '').replace(/[\s\u3000]+$/, '');
  return FINAL.test(t);
}

const ITEM_PATTERNS: RegExp[] = [
  /^\d{1,3}[.．、](?!\d)/, // 1.  1、
  // year-item: a number whose text opens on a year (2.2024年政府重点民生实事项目责任分解, an attachment list's item) is
  // an item: the dot before a four-figure year closed by 年 is no decimal point
  /^\d{1,3}[.．、](?=(?:19|20)\d{2}年)/,
  new RegExp(`^[（(][${HAN_NUM}\\d]{1,4}[）)]`), // （一） (1)
  new RegExp(`^[${HAN_NUM}]{1,4}[、.．]`), // 一、
  new RegExp(`^第[${HAN_NUM}\\d]{1,5}[条章节款部分项]`), // 第三条
  /^[\u2460-\u2473\u2474-\u2487\u2488-\u249B\u2776-\u277F]/, // ①  ⑴  ⒈  ❶
  /^附(件|表)\d*([：:]|$)/,
];

/** The text opens a new numbered item, heading or attachment. */
export function startsNewItem(text: string): boolean {
  if (/^\s*#/.test(text)) return true;
  const t = plainText(text);
  return ITEM_PATTERNS.some((p) => p.test(t));
}

const DATE_LINE = new RegExp(
  `^([\\d${HAN_NUM}]{2,4}年[\\d${HAN_NUM}]{1,2}月[\\d${HAN_NUM}]{1,3}日|\\d{4}[-./]\\d{1,2}[-./]\\d{1,2})(印发|发布|起施行|起实施)?$`,
);
const DOC_NUMBER_LINE = /^\S{0,20}[〔［\[（(]\d{4}[〕］\])）]\d{1,4}号$/;
/** "报送单位：", "责任单位：", "抄送：": a field label opens the line. */
const LABEL_LINE = /^[\u4e00-\u9fff]{2,8}[：:]/;
/** "（此件公开发布）": a short remark wholly in brackets. */
const REMARK_LINE = /^[（(][^（）()]{1,30}[）)]$/;
const RULE_LINE = /^[-—–_=＝－─━*·.]{3,}$/;

function isRuleLine(text: string): boolean {
  return RULE_LINE.test(text.replace(/[\s\u3000]+/g, ''));
}

/** The next block can only open a paragraph of its own. */
function opensParagraph(text: string): boolean {
  const t = plainText(text);
  return (
    startsNewItem(text) ||
    DATE_LINE.test(t) ||
    DOC_NUMBER_LINE.test(t) ||
    LABEL_LINE.test(t) ||
    REMARK_LINE.test(t) ||
    isRuleLine(text) ||
    isSalutationLine(t) ||
    opensMeetingLine(t)
  );
}

const TITLE_END = /(意见|通知|方案|办法|规定|细则|决定|报告|汇报|请示|批复|函|通报|计划|要点|清单|纪要|公告|通告|总结|情况|说明|文件|措施|条例|规则|指引|纲要|规划|简报)$/;
const ORG_END = /(局|委|办|办公室|中心|政府|法院|检察院|院|会|站|所|队|处|科|部|厅|馆|社|行|公司|街道|镇|乡|分局|监管局|委员会|联合会|事务所)$/;
/** Below this many characters, a block without punctuation is a label or a name, not half a sentence. */
const MIN_SENTENCE_PART = 12;

/**
 * A title of any length: 「立山区人民政府关于印发《立山区政府2023年重点工作任务分解和责任分工方案》的通知」 is a line
 * of its own, not half a sentence, when it names its subject with 关于 after nothing but the issuing body, closes on
 * the kind of document, holds no sentence punctuation and closes every book-title mark it opens (「现将《…关于…的通知」
 * and 「各单位要按照…关于…的通知」 are halves of sentences).
 */
function isLongTitle(t: string): boolean {
  const open = (t.match(/《/g) ?? []).length;
  const close = (t.match(/》/g) ?? []).length;
  const about = t.indexOf('关于');
  if (about < 0 || t.length > 120 || !TITLE_END.test(t) || /[，。；！？,;：:]/.test(t) || open !== close) return false;
  // before 关于 stands nothing or the issuing body, never the words of a sentence (按照…, 现将…, 要…)
  const before = t.slice(0, about);
  return before === '' || (ORG_END.test(before) && !/现将|根据|按照|依据|贯彻|落实|执行|要求|请|要|经|为/.test(before));
}

/**
 * The text so far is a line of its own kind (title, name, heading, date, field), not the first half of a sentence:
 * it has no punctuation inside and reads like one of those.
 */
/** Sentence punctuation inside a line: full-width, or a half-width comma or semicolon between Chinese (a PDF's 「机制,优」). */
const INNER_PUNCT = /[，。；！？]|[\u4e00-\u9fff][,;]|[,;][\u4e00-\u9fff]/;

// comma-heading-line: a numbered heading of two short phrases joined by one comma (「（一） 完善机制，明确职责」, 罗店镇, 2020)
const TWO_PHRASE_HEADING = /^(?:[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)\s*[\u4e00-\u9fa5、]{2,8}，[\u4e00-\u9fa5、]{2,8}$/;
// long-heading-line: a heading numbered in brackets of up to 40 characters, one phrase or two joined by a comma, with no
// figure, bracket or sentence punctuation (「（二）全面排查整治液化石油气钢瓶制造、充装、检验单位安全风险和重大隐患」,
// 沪市监特种〔2022〕27号), is a line of its own as a shorter one is
const LONG_HEADING_LINE = /^[（(][一二三四五六七八九十]{1,3}[）)]\s*(?=[^，]{6,40}(?:，|$))[\u4e00-\u9fa5、“”]{6,40}(?:，[\u4e00-\u9fa5、“”]{6,40})?$/;

/**
 * duty-cell-line: a line that is wholly a task table's cell of bodies closing on who leads (市发改委牵头落实,
 * 「市金融办、人民银行潍坊市中心支行、潍坊银监分局分别牵头落实」) is a unit of its own, the cell after the step it
 * answers for: it joins neither that step nor the next one.
 */
export const isDutyCellLine = (t: string): boolean => dutyCellText(t.trim());

function isLineUnit(t: string): boolean {
  if (dutyCellText(t)) return true;
  if (t.length < MIN_SENTENCE_PART && !/[，、；。]/.test(t)) return true;
  if (isLongTitle(t)) return true;
  if (TWO_PHRASE_HEADING.test(t)) return true;
  if (LONG_HEADING_LINE.test(t) && t.length <= 46) return true;
  if (isMeetingLine(t) || isTitleMeetingLine(t)) return true;
  if (t.length > 40 || INNER_PUNCT.test(t)) return false;
  if (startsNewItem(t) && t.length <= 30) return true;
  return TITLE_END.test(t) || ORG_END.test(t) || DATE_LINE.test(t) || DOC_NUMBER_LINE.test(t) || LABEL_LINE.test(t);
}

// ---------------------------------------------------------------- running headers and footers

/** Lines this close to the top or the bottom of a page are where headers and footers sit. */
const EDGE_LINES = 2;

function runningKey(text: string): string {
  return text.replace(/[\s\u3000]+/g, '').replace(/\d+/g, '#');
}

/**
 * header-on-each-page: a table row of three cells or more (序号 | 重点任务 | … | 完成时间) repeated at the top of each
 * page is the header of a table running across them, never a running header.
 */
const isHeaderRow = (b: LayoutBlock) => Boolean(b.standalone) && b.text.split(' | ').length >= 3;

/**
 * Indexes of blocks that are page furniture: page-number lines, and lines repeated at the top or foot of most
 * pages and nowhere between (a running header such as the issuer's name, a footer with the document number).
 */
export function findPageFurniture(blocks: LayoutBlock[]): Set<number> {
  const out = new Set<number>();
  blocks.forEach((b, i) => {
    if (isPageNumberLine(b.text)) out.add(i);
  });

  const byPage = new Map<number, number[]>();
  blocks.forEach((b, i) => {
    if (b.page === undefined || out.has(i) || plainText(b.text) === '' || isHeaderRow(b)) return;
    const list = byPage.get(b.page) ?? [];
    list.push(i);
    byPage.set(b.page, list);
  });
  const pages = byPage.size;
  if (pages < 2) return out;
  // furniture-edges-only: a header or footer stands only at the top or the foot of a page. A line that also stands
  // between them, on any page, is the document's own (a duty line 「牵头单位：区发改局」 repeated under several
  // items, a few of which a page turn happens to leave at its top or foot).
  const inBody = new Set<string>();
  for (const list of byPage.values()) for (const i of list.slice(EDGE_LINES, -EDGE_LINES)) inBody.add(runningKey(blocks[i].text));

  // Keyed by the side of the page as well: a header repeats at the top, a footer at the foot.
  const pagesByKey = new Map<string, Set<number>>();
  const indexesByKey = new Map<string, number[]>();
  for (const [page, list] of byPage) {
    const sides: [string, number[]][] = [
      ['top', list.slice(0, EDGE_LINES)],
      ['foot', list.slice(-EDGE_LINES)],
    ];
    for (const [side, edge] of sides) {
      for (const i of edge) {
        const text = runningKey(blocks[i].text);
        // Headers and footers are labels; a line of prose that happens to repeat is not one.
        if (text.length < 2 || text.length > 40 || /[，。；！？]/.test(text) || inBody.has(text)) continue;
        const key = `${side}:${text}`;
        const seen = pagesByKey.get(key) ?? new Set<number>();
        seen.add(page);
        pagesByKey.set(key, seen);
        const indexes = indexesByKey.get(key) ?? [];
        indexes.push(i);
        indexesByKey.set(key, indexes);
      }
    }
  }
  for (const [key, seen] of pagesByKey) {
    if (seen.size >= 2 && seen.size * 2 > pages) for (const i of indexesByKey.get(key) ?? []) out.add(i);
  }
  return out;
}

export function dropPageFurniture(blocks: LayoutBlock[]): LayoutBlock[] {
  const furniture = findPageFurniture(blocks);
  return blocks.filter((_, i) => !furniture.has(i));
}

// ---------------------------------------------------------------- text clean-up

/**
 * Removes the single spaces extraction puts between Chinese characters and digits or letters ("2021 年 9 月",
 * "区市场 监管局"), keeps wider gaps as one space, and trims layout indentation. Where the spaces are the writer's
 * (`typed`), a single space between two words of Chinese stays (word-space): 「河南省教育厅 河南省财政厅」.
 */
export function compactCjkSpacing(text: string, typed = false): string {
  return text
    .replace(/(?<![ \t\u00a0\u3000])[ \u00a0\u3000](?![ \t\u00a0\u3000])/g, (space, at: number, whole: string) => {
      const before = whole[at - 1] ?? '';
      const after = whole[at + 1] ?? '';
      const glued = (isCjkChar(before) && isWordChar(after)) || (isWordChar(before) && isCjkChar(after));
      // a page's layout writes a gap of a full character as an ideographic space: a word space it measured
      if (glued && (typed || space === '\u3000') && isWordSpace(whole, at)) return ' ';
      return glued ? '' : space;
    })
    .replace(/[ \t\u00a0\u3000]{2,}|\t/g, ' ')
    .replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
}

/** Joins two pieces of one paragraph: nothing between Chinese text, a space between Latin words. */
function joinPieces(a: string, b: string): string {
  const left = a.replace(/[\s\u3000]+$/, '');
  const right = b.replace(/^[\s\u3000]+/, '');
  if (!left) return right;
  if (!right) return left;
  const tight = isCjkChar(left[left.length - 1]) || isCjkChar(right[0]);
  return tight ? left + right : `${left} ${right}`;
}

/** The bold text a paragraph opens with, across wrapped lines; undefined when it is bold throughout or not at all. */
function openingBoldText(parts: LayoutBlock[]): string | undefined {
  let text = '';
  for (const part of parts) {
    if (!part.bold) break;
    if (part.boldPrefix !== undefined) return text + part.boldPrefix;
    text += part.text;
  }
  return text && text.length < parts.map((p) => p.text).join('').length ? text : undefined;
}

/** Where the opening bold run ends in the repaired text (spacing repair may have moved it). */
export function boldRunEnd(text: string, boldPrefix: string | undefined, typed = false): number | null {
  const prefix = boldPrefix ? compactCjkSpacing(boldPrefix, typed).trim() : '';
  if (!prefix) return null;
  const at = text.indexOf(prefix);
  return at >= 0 && at <= 4 ? at + prefix.length : null;
}

function paragraphText(parts: LayoutBlock[]): string {
  // joined line by line as joinPieces joins them, the text kept in pieces: the last one always holds more than
  // whitespace, so joining the next line to it joins it to the whole text, which is never copied or read again
  const pieces: string[] = [];
  for (const part of parts) {
    for (const line of part.text.split(/\r?\n/)) {
      const right = line.replace(/^[\s\u3000]+/, '');
      if (pieces.length === 0) {
        if (right !== '') pieces.push(right);
        continue;
      }
      const joined = joinPieces(pieces[pieces.length - 1], line);
      if (right === '') {
        pieces[pieces.length - 1] = joined;
        continue;
      }
      pieces[pieces.length - 1] = joined.slice(0, joined.length - right.length);
      pieces.push(right);
    }
  }
  return compactCjkSpacing(pieces.join(''), typedSpaces(parts));
}

/** The paragraph's spaces are the writer's: every piece of it comes from a format that keeps them. */
const typedSpaces = (parts: LayoutBlock[]): boolean => parts.every((p) => p.typedSpaces);

// ---------------------------------------------------------------- joining

interface Pending {
  parts: LayoutBlock[];
  /** Plain text so far, for the rules: its pieces, their length, and its last characters. */
  pieces: string[];
  length: number;
  tail: string;
}

/**
 * The rules that read a paragraph's plain text whole read a line's worth of it: a title runs to 120 characters, a
 * 文号 or a heading fewer. Past that they read only its end (whether a sentence closes there, or a cell of bodies
 * closes on who leads), so a paragraph joined from thousands of lines is not read again whole at each line.
 */
const WHOLE_LINE_READ = 120;
const TAIL_READ = 8;
const LEADS_AT_END = /(?:牵头落实|牵头负责|负责落实|牵头|负责)$/;

const plainOf = (p: Pending) => p.pieces.join('');

function pendingOf(block: LayoutBlock, plain: string): Pending {
  return { parts: [block], pieces: [plain], length: plain.length, tail: plain.slice(-TAIL_READ) };
}

function addTo(p: Pending, block: LayoutBlock, plain: string): void {
  p.parts.push(block);
  p.pieces.push(plain);
  p.length += plain.length;
  p.tail = (p.tail + plain).slice(-TAIL_READ);
}

/** isLineUnit of the paragraph so far: past a line's length only a cell of bodies closing on who leads is one. */
function pendingIsLineUnit(p: Pending): boolean {
  if (p.length <= WHOLE_LINE_READ) return isLineUnit(plainOf(p));
  return LEADS_AT_END.test(p.tail) && dutyCellText(plainOf(p));
}

/** docNumberStandsApart of the paragraph so far (a 文号 line is far shorter than a line's length). */
function pendingStandsApart(p: Pending, next: string): boolean {
  if (p.length <= WHOLE_LINE_READ) return docNumberStandsApart(plainOf(p), next);
  return DOC_NUMBER_LINE.test(plainText(next)) && pendingIsLineUnit(p);
}

/**
 * doc-number-line: a line that is wholly a 发文字号 (竹府办〔2016〕20号) is a line of its own, even where the layout
 * sets it close under a centred title as if the title wrapped onto it: it joins neither the title, issuer or date
 * above it, nor anything after it. A 文号 that ends the wrapped line of a sentence still joins that sentence.
 */
export function docNumberStandsApart(before: string, next: string): boolean {
  if (DOC_NUMBER_LINE.test(before)) return true;
  return DOC_NUMBER_LINE.test(plainText(next)) && isLineUnit(before);
}

// ---------------------------------------------------------------- paragraph blocks

/** Longer than any printed line of the genre (28 characters a line in 公文, about 40 in wide layouts). */
const PARAGRAPH_BLOCK = 60;
/** The share of a document's text in blocks past the line width that shows its blocks are paragraphs, not lines. */
const PARAGRAPH_TEXT_SHARE = 0.4;
/** Fewer blocks than this say nothing of the document's breaks (a copy run onto one line has none left). */
const MIN_BREAKS = 3;

/**
 * paragraph-blocks: a document whose breaks are paragraphs' ends shows it by its blocks: much of its text is in blocks
 * longer than a printed line holds (a page crawled a paragraph a line, a Word file typed as such). Its short blocks
 * (a speaker's line, a date under a title, a byline) are lines of their own, and a break joins only a sentence visibly
 * cut in two: at a comma or an opening mark, before a closing one, or after a block of a paragraph's length that
 * stops short of a sentence's end. A document of printed lines (a PDF turned into Word or text a line a
 * paragraph) has few blocks longer than a line, and its breaks are read as before; so are a paged layout's (a PDF, a
 * scan), whose gaps say where its paragraphs end and whose breaks may fall at a page turn inside a sentence.
 */
export function breaksEndParagraphs(blocks: readonly LayoutBlock[]): boolean {
  // A paged layout (PDF, scan) tells its paragraphs by its own gaps; a break there may be a page turn mid-sentence.
  if (blocks.some((b) => b.page !== undefined)) return false;
  let all = 0;
  let long = 0;
  let count = 0;
  for (const b of blocks) {
    if (b.gap === 'soft' || b.standalone) continue;
    const n = plainText(b.text).length;
    if (n === 0) continue;
    count++;
    all += n;
    if (n > PARAGRAPH_BLOCK) long += n;
  }
  return count >= MIN_BREAKS && long > 0 && long >= all * PARAGRAPH_TEXT_SHARE;
}

/**
 * A sentence or a row visibly cut at a break: the block ends inside a clause or on a cell's pipe, or the next opens on
 * the mark that closes a clause, or is nothing but pipes (a row's cells whose text the copy lost).
 */
function cutMidClause(current: string, next: string): boolean {
  const head = plainText(next);
  return /[，、（(“‘《〈「『—|]$/.test(current.replace(/[\s\u3000]+$/, '')) || /^[，。、；：）)”’》〉」』]/.test(head) || /^[|\s]+$/.test(head);
}

function shouldJoin(current: Pending, next: LayoutBlock, paragraphs = false): boolean {
  const first = current.parts[0];
  const last = current.parts[current.parts.length - 1];
  if (first.standalone || next.standalone || next.gap === 'end') return false;
  if (pendingStandsApart(current, next.text)) return false;
  const soft = next.gap === 'soft';
  // Heading lines join only heading lines the layout wrapped (a title over two lines).
  if (first.heading || next.heading) return soft && Boolean(first.heading) === Boolean(next.heading);
  if (isRuleLine(last.text) || isRuleLine(next.text)) return false;
  if (soft) return !(endsSentence(current.tail) && startsNewItem(next.text));
  // A paragraph break: join only a sentence that the break cut in two.
  if (endsSentence(current.tail)) return false;
  if (opensParagraph(next.text)) return false;
  // a block as long as a paragraph that stops short of a sentence's end was cut (at a page turn, in a copy)
  if (paragraphs) return cutMidClause(current.tail, next.text) || (plainText(last.text).length > PARAGRAPH_BLOCK && !pendingIsLineUnit(current));
  return !pendingIsLineUnit(current);
}

/**
 * Builds the paragraphs of a document from its raw blocks; a table copied one cell a line becomes its rows first, and a
 * block that runs numbered items together is cut at each item.
 */
export function repairParagraphs(blocks: LayoutBlock[]): Paragraph[] {
  const pending: Pending[] = [];
  const kept = dropPageFurniture(joinCellLines(blocks));
  // told from the breaks the document has, before the items run onto one line are cut apart
  const paragraphs = breaksEndParagraphs(kept);
  const laid = splitRunOnItems(kept);
  for (const block of laid) {
    const plain = plainText(block.text);
    if (plain === '') continue;
    const current = pending[pending.length - 1];
    if (current && shouldJoin(current, block, paragraphs)) {
      addTo(current, block, plain);
    } else {
      pending.push(pendingOf(block, plain));
    }
  }
  return pending.map(({ parts }, index) => {
    const first = parts[0];
    const paragraph: Paragraph = {
      index,
      text: paragraphText(parts),
      start: first.start,
      end: parts[parts.length - 1].end,
    };
    if (first.page !== undefined) paragraph.page = first.page;
    if (first.bold) paragraph.bold = true;
    if (first.heading) paragraph.heading = true;
    const boldEnd = boldRunEnd(paragraph.text, openingBoldText(parts), typedSpaces(parts));
    if (boldEnd !== null) paragraph.boldEnd = boldEnd;
    return paragraph;
  });
}
