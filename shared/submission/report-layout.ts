// Where a report keeps its metadata: header lines (报送单位：… 报送日期：…) at the top, and the closing
// block (signature names, then the date) at the end. Body text between them is never read for metadata.
import { findFullDates } from '../text/dates';
import { withoutForumJammer } from './forum-jammer';
import { isSealLine, namesOnlyLine, SEAL_MARK_RE } from './department-names';
import { collapseLetterSpacing } from './letter-spacing';
import { withRunInLabel } from './run-in-labels';
import { isSiteChrome, runTogetherDate, withoutListMark } from './report-metadata';
import { isTraditionalCopy, simplifiedText } from './traditional-forms';
import type { SubmissionParagraph } from './types';

export interface Line {
  /** Paragraph index as given by the importer. */
  index: number;
  text: string;
}

/** A disclosure box's label in brackets (• [ 成文日期 ], 【发布机构】) reads as the label it is: 成文日期：. */
function asLabel(text: string): string {
  const m = /^[[【［]\s*([\u4e00-\u9fff][\u4e00-\u9fff\s]{0,9}?)\s*[\]】］]$/.exec(text);
  return m ? `${m[1].replace(/\s+/g, '')}：` : text;
}

const BRACKETED_WORD_RE = /[[【［]\s*([\u4e00-\u9fff][\u4e00-\u9fff\s]{0,9}?)\s*[\]】］]/g;

/**
 * A disclosure box that sets two bracketed labels on one line, each before its value
 * ([ 发布机构 ] 大足区卫生健康委 [ 发布日期 ] 2026-01-13), reads as labelled fields: 发布机构：大足区卫生健康委 发布日期：2026-01-13.
 * Only words that are labels are read so; any other bracketed word ([ 大 中 小 ], 【打印】) stays as written.
 */
export function withBracketedLabels(text: string): string {
  if (!/[[【［]/.test(text)) return text;
  // a label word comes back with its colon (发布机构：); any other word comes back as it was
  return text.replace(BRACKETED_WORD_RE, (whole, word: string) => {
    const label = asBareLabel(word);
    return label.endsWith('：') ? ` ${label} ` : whole;
  }).trim();
}

/**
 * bare-label-cells: a disclosure table copied with its bars may give its label cells without a colon, the leading bar
 * sometimes lost (发布机构 | 湖北省司法厅 | 发文日期 | 2023-03-16 |); a cell that is nothing but a known label word,
 * spaced out or not (索 引 号), reads as that label with its colon (发文日期：), so that the value in the next cell
 * is read as its value. Cells that are no label, and lines with fewer than two bars, stay as written.
 */
export function withBareLabelCells(text: string): string {
  if ((text.match(/[|｜]/g) ?? []).length < 2) return text;
  return text
    .split(/([|｜])/)
    .map((cell) => {
      const word = cell.trim();
      if (word === '' || /[:：]$/.test(word)) return cell;
      const label = asBareLabel(word);
      return label === word ? cell : ` ${label} `;
    })
    .join('');
}

/** A row of a disclosure table copied with its bars (| 发布机构 | 郎溪县人民政府办公室 | 发文日期 | …|). */
export function isTableRow(text: string): boolean {
  return /^[|｜].*[|｜]$/.test(text.trim());
}

// A disclosure box copied one cell a line names its labels without a colon (索引号 / 发布机构 / 文  号 / 日期), at the
// top of the page: only there is a bare label word on its own line read as a label.
const BARE_LABEL_LINES = 24;

/**
 * A line that is nothing but a known label word (发布机构, 文  号, 日期), as a disclosure box copied one cell a line
 * gives it, reads as that label: 日期：. Any other line is returned as it is.
 */
export function asBareLabel(text: string): string {
  const word = text.replace(/[\s\u3000]+/g, '');
  if (!/^[\u4e00-\u9fff]{2,6}$/.test(word)) return text;
  const fields = headerFields(`${word}：`);
  return fields.length === 1 && fields[0].label === word && fields[0].value === '' ? `${word}：` : text;
}

/** A header line, a line that is only a date, or a line that is only names: what a list mark may hide. */
function isMetadataLine(text: string): boolean {
  return headerFields(text).length > 0 || dateOnlyLine(text) !== null || namesOnlyLine(text) !== null;
}

// Who sent a report and when it is dated are read from the same lines: each list of paragraphs is laid out
// once, and each list of lines has its closing block found once. The lists given out are frozen, as shared.
const linesOf = new WeakMap<readonly SubmissionParagraph[], readonly Line[]>();
const closingOf = new WeakMap<readonly Line[], ClosingBlock>();

/**
 * Non-empty paragraphs, trimmed and with any letter-spacing taken out, in order; a bullet before a line
 * (• 发布时间：…) and a list number before a metadata line (1. 报送单位：…) are taken off; a bare label word
 * near the top (日期) reads as a label (日期：), and so does a label run into its value there (发文日期2017年11月01日).
 */
export function nonEmptyLines(paragraphs: readonly SubmissionParagraph[]): readonly Line[] {
  let lines = linesOf.get(paragraphs);
  if (!lines) linesOf.set(paragraphs, (lines = Object.freeze(layLines(paragraphs))));
  return lines;
}

function layLines(paragraphs: readonly SubmissionParagraph[]): Line[] {
  const out: Line[] = [];
  // a copy that glosses characters with their pinyin (集團(tuán)) reads as the text without the glosses, and one that
  // carries a forum's junk runs (forum-jammer) without them
  const texts = paragraphs.map((p) => withoutPinyinGlosses(withoutForumJammer(p.text)));
  // a copy taken from the website's traditional-character version reads as the simplified page
  const traditional = isTraditionalCopy(texts);
  for (const [k, p] of paragraphs.entries()) {
    const written = traditional ? simplifiedText(texts[k]) : texts[k];
    const trimmed = collapseLetterSpacing(written.replace(/^[\s\u3000#*]+|[\s\u3000*]+$/g, ''));
    const text = withBracketedLabels(asLabel(withoutListMark(trimmed, isMetadataLine).trim()));
    if (text !== '') out.push({ index: p.index, text: out.length < BARE_LABEL_LINES ? withRunInLabel(withBareLabelCells(asBareLabel(text))) : text });
  }
  return withClosingTail(out);
}

// Vowels with a tone mark: a bracketed syllable holding one is pinyin, not an abbreviation (GDP) or a list mark (a).
const TONED_VOWELS = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ';
const PINYIN_GLOSS_RE = new RegExp(`(?<=[\\u4e00-\\u9fff])[(（][a-zü]*[${TONED_VOWELS}][a-zü]*[)）]`, 'g');

/**
 * Some copies of a page (mirror sites) follow characters with their pinyin in brackets: 集團(tuán)有限公司,
 * 審計(jì)廳. The text reads without the glosses; brackets holding anything but one toned syllable stay.
 */
export function withoutPinyinGlosses(text: string): string {
  return text.replace(PINYIN_GLOSS_RE, '');
}

const LAST_SENTENCE_END_RE = /[。！？；!?](?=[^。！？；!?]*$)/;
// The bars of an emptied table, or the site's close link, after the letter's text.
const AFTER_TEXT_RE = /^[|｜\s]*$/;
// Closing lines of a letter after its date: the contact and the copies (联系科室、人员及电话：…, 抄送：…).
const CLOSING_FIELD_RE = /(?:联系(?:科室|人|电话|方式)|抄送|抄报)[^:：。]{0,12}[:：]/;

/**
 * A Word file that a document-sharing site (or a site's table) shows run together on one line ends that line with
 * its signature and date after the last sentence: …的验收。 商州区大荆中学 2018.06.15; a letter without a signed name
 * ends it with its date and its closing fields: …的关心和支持! 2022年7月1日 联系科室、人员及电话:… 抄送:…. That tail is
 * read as the closing lines it was; the bars of an emptied table and the site's close link after it are passed
 * over. A tail without a name or closing fields, or with words that are no name, stays where it is.
 */
export function withClosingTail(lines: Line[]): Line[] {
  let at = lines.length - 1;
  while (at > 0 && (AFTER_TEXT_RE.test(lines[at].text) || isSiteChrome(lines[at].text))) at--;
  const last = lines[at];
  const end = last ? LAST_SENTENCE_END_RE.exec(last.text) : null;
  if (!last || !end) return lines;
  const tail = last.text.slice(end.index + 1).replace(/[|｜\s]+$/, '').trim();
  const fields = CLOSING_FIELD_RE.exec(tail);
  const signed = fields ? tail.slice(0, fields.index).trim() : tail;
  const dated = signed === '' ? null : dateOnlyLine(signed);
  if (!dated || (dated.names.length === 0 && !fields)) return lines;
  const closing = [{ index: last.index, text: signed }, ...(fields ? [{ index: last.index, text: tail.slice(fields.index) }] : [])];
  return [...lines.slice(0, at), { index: last.index, text: last.text.slice(0, end.index + 1).trim() }, ...closing, ...lines.slice(at + 1)];
}

/** The first `count` lines that `keep` accepts, in order; lines after them are never tested. */
export function firstLines(lines: readonly Line[], count: number, keep: (line: Line) => boolean): Line[] {
  const out: Line[] = [];
  for (const line of lines) {
    if (out.length >= count) break;
    if (keep(line)) out.push(line);
  }
  return out;
}

// A bulletin's masthead: who compiled it, then (maybe) the date: 区教育局办公室编　2024年5月10日; or the compiler, the
// issue's number, then the date (masthead-issue: 暖泉街道办事处 第10期 2013年3月22日, its spaces lost in an import or not).
const MASTHEAD_RE = /^([\u4e00-\u9fff（）()]{3,30}?)(?:编印|编发|编|[\s\u3000]*第[\s\u3000]*[\d一二三四五六七八九十百〇零]{1,4}[\s\u3000]*期)(?=[\s\u3000]*(?:\d{4}|[〇一二][〇零一二三四五六七八九]{3})\s*年|[\s\u3000]*$)/;

export interface Masthead {
  /** The compiler as written. */
  name: string;
  /** The full date right after the compiler; null when there is none. */
  date: string | null;
}

/** The masthead at the start of `text` (the next item may have run into it); null when none. */
export function readMasthead(text: string): Masthead | null {
  const m = MASTHEAD_RE.exec(text);
  if (!m) return null;
  const rest = text.slice(m[0].length);
  const first = findFullDates(rest)[0];
  const date = first && rest.slice(0, first.start).trim() === '' ? first.date : null;
  return { name: m[1], date };
}

export interface DateLine {
  date: string;
  /** Body names written on the same line as the date (区财政局 2021年11月30日). */
  names: string[];
}

// A date written with dots (2018.06.15, 2018.6.5), as informal reports sign: year, month and day, nothing around.
const DOTTED_DATE_RE = /(?<![\d.])((?:19|20)\d{2})\.(\d{1,2})\.(\d{1,2})(?![\d.])/g;

/** Each date written with dots (2018.06.15) written as a date (2018年06月15日); other numbers with dots stay. */
export function withDottedDates(text: string): string {
  return text.replace(DOTTED_DATE_RE, (whole, y: string, m: string, d: string) => {
    const month = Number(m);
    const day = Number(d);
    return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? `${y}年${m}月${d}日` : whole;
  });
}

// A date whose 月 was typed as 日 (2018年10日11日), as a hurried signature line sometimes reads: year, month, day.
const MISTYPED_MONTH_RE = /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*日\s*(\d{1,2})\s*日/g;

/** Each date whose 月 was typed as 日 (2018年10日11日) written as the date it is (2018年10月11日) (mistyped-month). */
export function withMistypedMonth(text: string): string {
  return text.replace(MISTYPED_MONTH_RE, (whole, y: string, m: string, d: string) => {
    const month = Number(m);
    const day = Number(d);
    return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? `${y}年${m}月${d}日` : whole;
  });
}

/**
 * closing-run-together-date: a line holding nothing but a date whose 年 and 月 were lost when the page was copied (20231120日,
 * as a signature's date line reads once its spaces and characters are gone) written as the date it is (2023年11月20日); any
 * other text as it is, a line with more on it too (20231120日在…会议上 is a meeting line's).
 */
export function withRunTogetherDay(text: string): string {
  const t = text.trim();
  const found = runTogetherDate(t);
  return found && found.end === t.length ? `${t.slice(0, 4)}年${t.slice(4, 6)}月${t.slice(6, 8)}日` : text;
}

// The date an announcement bears, in brackets under its issuer: （2024年4月12日公告）, (2023年5月6日发布).
const ANNOUNCED_RE = /([（(][^（）()]*?日)\s*(?:公告|发布)(\s*[）)])/;

/** （2024年4月12日公告） read as the bracketed date it is (announcement-date); any other text as it is. */
export function withoutAnnouncementVerb(text: string): string {
  return text.replace(ANNOUNCED_RE, '$1$2');
}

/**
 * A line holding one date and nothing else but brackets, spaces and signature names; the date may be written with
 * dots, or with its 月 typed as 日, or in brackets as the day an announcement was made.
 */
export function dateOnlyLine(written: string): DateLine | null {
  const text = withMistypedMonth(withDottedDates(withRunTogetherDay(withoutAnnouncementVerb(written))));
  const dates = findFullDates(text);
  if (dates.length === 0) return null;
  let rest = '';
  let at = 0;
  for (const d of dates) {
    rest += text.slice(at, d.start) + ' ';
    at = d.end;
  }
  rest += text.slice(at);
  rest = rest.replace(SEAL_MARK_RE, ' ').replace(/[（）()〔〕[\]【】<>《》\s\u3000,，.。:：;；]+/g, ' ').trim();
  const date = dates[dates.length - 1].date;
  if (rest === '') return { date, names: [] };
  const names = namesOnlyLine(rest);
  return names ? { date, names } : null;
}

const SENTENCE_END_RE = /[。！？；]/;

// Lines of the closing block that are neither names nor the date.
const CLOSING_EXTRA_RE = /^[（(]?\s*(?:此件|附件|抄送|联系人|联系电话|电话|印发|共印|主题词|签发|盖章)/;

export interface ClosingBlock {
  /** Signature names as written, in order. */
  names: string[];
  /** The signature date, when the block has one. */
  date: string | null;
  /** Paragraph index of the date line. */
  dateParagraph: number | null;
}

/** How far back from the end the closing block may start: the latter half, and at least the last 12 lines. */
function closingFloor(count: number): number {
  return Math.max(0, Math.min(Math.floor(count / 2), count - 12));
}

/**
 * The closing block: the last line that is only a date (in the latter part of the report), with the
 * name lines right above it; without such a date line, the name lines at the very end.
 */
export function findClosingBlock(lines: readonly Line[]): ClosingBlock {
  let block = closingOf.get(lines);
  if (!block) closingOf.set(lines, (block = Object.freeze(closingBlock(lines))));
  return block;
}

function closingBlock(lines: readonly Line[]): ClosingBlock {
  const floor = closingFloor(lines.length);
  const firstBody = lines.findIndex((l) => SENTENCE_END_RE.test(l.text));
  for (let i = lines.length - 1; i >= floor; i--) {
    // a date above all body text is the date under the title, not a signature date
    if (i < firstBody || (firstBody < 0 && i < lines.length - 1)) break;
    const dateLine = dateOnlyLine(lines[i].text);
    if (!dateLine) continue;
    const names = [...namesAbove(lines, i), ...dateLine.names];
    return { names, date: dateLine.date, dateParagraph: lines[i].index };
  }
  const names: string[] = [];
  for (let i = lines.length - 1; i >= Math.max(floor, lines.length - 6); i--) {
    if (isSealLine(lines[i].text)) continue;
    const found = namesOnlyLine(lines[i].text) ?? spokesmanBody(lines[i].text);
    if (found) names.unshift(...found);
    else if (names.length > 0 || !CLOSING_EXTRA_RE.test(lines[i].text)) break;
  }
  if (names.length > 0 && endsOnTableCell(lines)) return { names: [], date: null, dateParagraph: null };
  return { names, date: null, dateParagraph: null };
}

// spokesman-signature: a reply signed by the body's spokesman (南湖街道办发言人, 市交通运输局新闻发言人) is the body's.
const SPOKESMAN_RE = /^([\u4e00-\u9fff（）()]{3,30}?)(?:新闻)?发言人$/;

/** The body whose spokesman signs the line (南湖街道办发言人 → 南湖街道办); null for any other line. */
export function spokesmanBody(text: string): string[] | null {
  const m = SPOKESMAN_RE.exec(text.trim());
  return m ? namesOnlyLine(m[1]) : null;
}

// table-last-cell: a report that is a task table copied one cell a line (序号 / 主要工作任务 / 完成情况 / 责任单位, then
// each row's cells) ends on its last row's cell of bodies (发改局、生态环境分局): that cell is the row's, not a signature.
// It is read so when the text has a 序号 header cell on a line of its own and the last line's row opens on a line that
// is only its number, as many lines above it as the header has cells; names under prose or under a date are read as
// before.
const SEQ_HEADER_RE = /^(?:序号|编号)$/;
const ROW_NUMBER_RE = /^\d{1,3}$/;

/** The text ends on the last cell of a table copied one cell a line. */
export function endsOnTableCell(lines: readonly Line[]): boolean {
  const last = lines.length - 1;
  const header = lines.findIndex((l, k) => k < last && SEQ_HEADER_RE.test(l.text.trim()));
  if (header < 0) return false;
  // the header's cells up to row 1's number give the row's width; the last row opens that many lines back
  const first = lines.findIndex((l, k) => k > header && ROW_NUMBER_RE.test(l.text.trim()));
  const width = first - header;
  if (first < 0 || width < 3 || width > 8) return false;
  const opening = last - (width - 1);
  return opening > first - 1 && ROW_NUMBER_RE.test(lines[opening].text.trim());
}

/** Name-only lines directly above line `at` (a signature may take a few lines for a joint report). */
function namesAbove(lines: readonly Line[], at: number): string[] {
  const found: string[][] = [];
  let above = -1;
  for (let i = at - 1, left = 4; i >= 0 && left > 0; i--) {
    above = i - 1;
    // the seal's own line (（盖章）) sits between the names and the date
    if (isSealLine(lines[i].text)) continue;
    left--;
    const names = namesOnlyLine(lines[i].text);
    if (!names) {
      above = i;
      break;
    }
    found.unshift(names);
  }
  // bodies listed under a heading (2、职能单位末位排名 / 交通局) are that list's items: only the last line signs
  if (found.length > 1 && above >= 0 && isListHeading(lines[above].text)) return found[found.length - 1];
  return joinBrokenSignature(found).flat();
}

// A place's Party committee or government, as the first line of a signature broken at the line's end: 中共朔州市朔城区委.
const BROKEN_HEAD_RE = /(?:[省市区县州旗盟镇乡]委|党工委|人民政府|政府)$/;
// A name that carries a place or a level of its own (县人民政府, 中共…): a body of its own, not the rest of the line above.
const OWN_PLACE_RE = /^(?:中共|中国共产党)|[省市区县州旗盟镇乡]/;

/**
 * broken-signature: a signature whose one name was broken over two lines, the place's Party committee or government on the
 * first (中共朔州市朔城区委) and, on the next, a body inside it written with no place or level of its own (农村工作领导小组
 * 办公室), is that one name (中共朔州市朔城区委农村工作领导小组办公室). A joint signature's second body names its own place
 * (中共某县委 / 某县人民政府) and stays apart.
 */
export function joinBrokenSignature(found: readonly string[][]): string[][] {
  const joined: string[][] = [];
  for (let k = 0; k < found.length; k++) {
    const [upper, lower] = [found[k], found[k + 1]];
    if (upper.length === 1 && lower?.length === 1 && BROKEN_HEAD_RE.test(upper[0]) && !OWN_PLACE_RE.test(lower[0])) {
      joined.push([upper[0] + lower[0]]);
      k++;
    } else joined.push(upper);
  }
  return joined;
}

// A numbered heading (2、…, （二）…, 二、…, 2.…) or a line that introduces what follows with a colon (末位单位：).
const LIST_HEADING_RE = /^(?:\d{1,2}\s*[、.．](?!\d)|[（(]\s*(?:[一二三四五六七八九十]{1,3}|\d{1,2})\s*[）)]|[一二三四五六七八九十]{1,3}\s*、)|[:：]\s*$/;

/**
 * Whether a line heads a list of bodies rather than ending the body's text: a numbered heading with no
 * sentence in it (2、职能单位末位排名) or a line closed by a colon (通报批评单位：). A signature never sits under one.
 */
export function isListHeading(text: string): boolean {
  const t = text.trim();
  return LIST_HEADING_RE.test(t) && !SENTENCE_END_RE.test(t);
}

export interface HeaderField {
  label: string;
  value: string;
}

const IDEOGRAPH_RE = /[\u4e00-\u9fff]/;

// Labels of report header and form lines, and of the publication lines a website adds (发布时间：…
// 来源：… 阅读次数：), and the disclosure table's cells (索引号：… 发布机构：…); any of them ends the
// value of the one before.
const LABEL_RE =
  /(?:(?:报送|填报|上报|报告|汇报|来文|呈报|成文|印发|落款|发布|更新|公开|发文|归档|生成)?(?:单位|部门|日期|时间)|发布机构|发布机关|发文机关|发文机构|发布人|发布|(?:文章|信息)?来源|阅读次数|访问次数|浏览次数|点击(?:次数|数|量)|访问量|浏览量|索引号|主题分类|组配分类|分类|名称|标题|文号|发文字号|废止日期|有效性|效力状态|联系人|联系电话|电话|签发人|审核人|填报人|负责人)\s*(?:[（(]\s*(?:盖章|公章)\s*[）)])?\s*[:：]/g;

// A website's time stamp: a date with its clock time (2022-01-20 14:58:18, 2022年1月20日 14:58).
const STAMP_VALUE_RE = /^\s*\d{4}\s*[-/年.]\s*\d{1,2}\s*[-/月.]\s*\d{1,2}\s*日?\s*\d{1,2}:\d{2}/;

/** Label–value pairs on one line: "报送单位：区财政局 报送日期：2021-11-30" gives two fields. */
export function headerFields(line: string): HeaderField[] {
  // every label ends in a colon: most lines have none
  if (!line.includes('：') && !line.includes(':')) return [];
  const found = [...line.matchAll(LABEL_RE)].map((m) => {
    const label = m[0].replace(SEAL_MARK_RE, '').replace(/\s|[:：]/g, '');
    // a bare label (部门：, 日期：) glued to the end of a longer word (配合部门：) is that word's label, not ours
    let boundary = m.index;
    const glued = /^(?:单位|部门|日期|时间)$/.test(label) && boundary > 0 && IDEOGRAPH_RE.test(line[boundary - 1]);
    if (glued) while (boundary > 0 && IDEOGRAPH_RE.test(line[boundary - 1])) boundary--;
    return { label, boundary, valueStart: m.index + m[0].length, glued, at: m.index };
  });
  // run-together-stamp: a website's time stamp run onto the field before it once the space between them was lost
  // (信息来源:国民经济综合处时间:2022-01-20 14:58:18) is a field of its own, not a longer word's
  for (const [k, f] of found.entries()) {
    if (f.glued && k > 0 && /^(?:日期|时间)$/.test(f.label) && STAMP_VALUE_RE.test(line.slice(f.valueStart))) Object.assign(f, { glued: false, boundary: f.at });
  }
  const fields: HeaderField[] = [];
  for (let k = 0; k < found.length; k++) {
    if (found[k].glued) continue;
    const end = k + 1 < found.length ? found[k + 1].boundary : line.length;
    // a seal mark after the value (报送单位：区财政局（盖章）) belongs to the form, not to the name
    // the cells of a disclosure table are set off by bars: | 发布机构: | 青阳县卫生健康委员会 |
    const value = line.slice(found[k].valueStart, end).replace(SEAL_MARK_RE, '').replace(/[|｜]/g, ' ').trim().replace(/[，,；;。]+$/, '');
    fields.push({ label: found[k].label, value });
  }
  return fields;
}

const SUBMITTER_LABEL_RE = /^(?:(?:报送|填报|上报|报告|汇报|来文|呈报|落款)(?:单位|部门)|部门)$/;
// The document's own date: when it was sent, written or issued.
const DATE_LABEL_RE = /^(?:(?:报送|填报|上报|报告|汇报|呈报|成文|落款|发文|印发)(?:日期|时间)|日期)$/;
// Who published it on a website or a disclosure table.
const PUBLISHER_LABEL_RE = /^(?:发布机构|发布机关|发文机关|发文机构|发布(?:单位|部门)|发布)$/;
// The office that put it on the website (来源：…): the author only when nothing else names one.
const SOURCE_LABEL_RE = /^(?:文章|信息)?来源$/;
// When it was published or last updated there; a bare 时间 only among the lines above the body.
const PUBLICATION_DATE_LABEL_RE = /^(?:(?:发布|更新|公开)(?:日期|时间)|时间)$/;

export function isSubmitterLabel(label: string): boolean {
  return SUBMITTER_LABEL_RE.test(label);
}

export function isDateLabel(label: string): boolean {
  return DATE_LABEL_RE.test(label);
}

export function isPublisherLabel(label: string): boolean {
  return PUBLISHER_LABEL_RE.test(label);
}

export function isPublicationDateLabel(label: string): boolean {
  return PUBLICATION_DATE_LABEL_RE.test(label);
}

export function isSourceLabel(label: string): boolean {
  return SOURCE_LABEL_RE.test(label);
}

/**
 * The lines above the body: up to the first sentence, and no further than `max` lines; the website's chrome (its links
 * and the bars between them, one a line: | / 手机版 / | / 无障碍) does not count toward `max`.
 */
export function linesAboveBody(lines: readonly Line[], max: number): Line[] {
  // the site's own lines are no part of the body, though a garbled one may hold a full stop (site-welcome)
  const first = lines.findIndex((l) => SENTENCE_END_RE.test(l.text) && l.text.length > 30 && !isSiteChrome(l.text));
  const above = first < 0 ? lines : lines.slice(0, first);
  const out: Line[] = [];
  let counted = 0;
  for (const line of above) {
    if (counted >= max) break;
    out.push(line);
    if (!isSiteChrome(line.text)) counted++;
  }
  return out;
}

export interface MetadataField extends HeaderField {
  /** Paragraph index of the line holding the value. */
  paragraph: number;
}

// A label standing alone on its line, its value on the next: 发文日期： / [ 成文日期 ] once read as 成文日期：.
const LABEL_ALONE_RE = /^([\u4e00-\u9fff][\u4e00-\u9fff\s]{0,9})[:：]\s*$/;

function labelAlone(text: string): string | null {
  const m = LABEL_ALONE_RE.exec(text.trim());
  return m ? m[1].replace(/\s+/g, '') : null;
}

/**
 * The header fields of the lines, a label standing alone on its line taking the next line as its value
 * (• 发文日期： / 2024年04月06日 16:40), as pages copied from a website's disclosure box often read.
 */
export function metadataFields(lines: readonly Line[]): MetadataField[] {
  const out: MetadataField[] = [];
  for (let i = 0; i < lines.length; i++) {
    const label = labelAlone(lines[i].text);
    const next = lines[i + 1];
    if (label !== null && next && labelAlone(next.text) === null && headerFields(next.text).length === 0 && next.text.length <= 40) {
      out.push({ label, value: next.text.trim(), paragraph: next.index });
      i++;
      continue;
    }
    for (const f of headerFields(lines[i].text)) out.push({ ...f, paragraph: lines[i].index });
  }
  return out;
}

/** The paragraphs of a disclosure box: its labels standing alone and the values under them. */
export function metadataBoxParagraphs(lines: readonly Line[]): Set<number> {
  const box = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    if (labelAlone(lines[i].text) === null) continue;
    box.add(lines[i].index);
    const next = lines[i + 1];
    if (next && labelAlone(next.text) === null && headerFields(next.text).length === 0 && next.text.length <= 40) box.add(next.index);
  }
  return box;
}
