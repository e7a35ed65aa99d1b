// Step 1 of policy extraction: paragraphs → clean lines. Importers hand over repaired paragraphs, but
// plain-text input may still carry Markdown (## 二、…, **2. 提高职业技能。**), and a paragraph may still
// hold a page-break remnant (a form feed, a "— 3 —" page number, a line break inside a sentence).
import { compactWhitespace } from '../text/normalize';
import { splitTitleAddressee } from './title-addressee';
import { joinWrappedLines } from './wrapped-lines';

export interface PolicyLine {
  /** Paragraph.index of the paragraph the line came from. */
  para: number;
  /** Text without markup or page numbers, whitespace next to Chinese removed. */
  text: string;
  /** End of the bold run that opens the line (Markdown **…**), or null when none is known. */
  boldEnd: number | null;
  /** The importer marked the paragraph bold (extent unknown). */
  bold: boolean;
  /** A Markdown heading or a heading-styled paragraph. */
  heading: boolean;
  /**
   * The parts between runs of whitespace, when there are two or more: the cells of a table row whose cells
   * were tab- or space-separated (a pasted spreadsheet, a PDF table), or two names side by side in a
   * signature; null otherwise.
   */
  spaced: string[] | null;
  /** Further paragraphs a line joined from a printed layout's wrapped lines came from (wrapped-lines). */
  paras?: number[];
}

export interface SourceParagraph {
  index: number;
  text: string;
  bold?: boolean;
  heading?: boolean;
  /** Where the bold run that opens the paragraph ends, when the importer knows it. */
  boldEnd?: number;
}

const BOLD_MARK = '\ue000';
/** Lines at the top of a document where its title may sit. */
const HEADER_LINES = 15;
const RULE_LINE = /^[-*_—=]{3,}$/;
const PAGE_NUMBER_LINE = /^[-—–_\s]*(?:第\s*\d{1,3}\s*页(?:\s*共\s*\d{1,3}\s*页)?|\d{1,3})[-—–_\s]*$/;
const PAGE_NUMBER_INLINE = /\s*[—–-]{1,2}\s+\d{1,3}\s+[—–-]{1,2}\s*/g;

function cleanLine(raw: string, para: SourceParagraph): PolicyLine | null {
  let s = raw.replace(PAGE_NUMBER_INLINE, '').trim();
  if (s === '' || RULE_LINE.test(s) || PAGE_NUMBER_LINE.test(s)) return null;
  let heading = !!para.heading;
  const hashes = /^#{1,6}\s*/.exec(s);
  if (hashes) {
    heading = true;
    s = s.slice(hashes[0].length);
  }
  s = s.replace(/^>\s*/, '');
  const parts = s.replace(/\*\*/g, '').trim().split(/\s+/);
  const spaced = parts.length >= 2 ? parts : null;
  s = compactWhitespace(s.replace(/\*\*/g, BOLD_MARK));
  let boldEnd: number | null = null;
  if (s.startsWith(BOLD_MARK)) {
    const close = s.indexOf(BOLD_MARK, 1);
    // Offsets after the markers are removed: the opening marker is one character.
    if (close > 1) boldEnd = close - 1;
  }
  s = s.split(BOLD_MARK).join('').trim();
  if (s === '') return null;
  if (boldEnd !== null && boldEnd >= s.length) boldEnd = s.length;
  return { para: para.index, text: s, boldEnd, bold: !!para.bold, heading, spaced };
}

/** Writes the importer's bold extent as Markdown marks, so one path reads both. */
function markBoldRun(raw: string, boldEnd: number | undefined): string {
  if (boldEnd === undefined || boldEnd <= 0 || boldEnd > raw.length || raw.includes('**')) return raw;
  const indent = raw.length - raw.trimStart().length;
  if (boldEnd <= indent) return raw;
  return `${raw.slice(0, indent)}**${raw.slice(indent, boldEnd)}**${raw.slice(boldEnd)}`;
}

/** One line per text line of each paragraph, in reading order; empty, rule and page-number lines dropped. */
export function policyLines(paragraphs: SourceParagraph[]): PolicyLine[] {
  const out: PolicyLine[] = [];
  for (const p of paragraphs) {
    p.text
      .replace(/\r\n?/g, '\n')
      .split(/[\n\f\v\u2028\u2029]/)
      .forEach((raw, k) => {
        const line = cleanLine(k === 0 ? markBoldRun(raw, p.boldEnd) : raw, p);
        if (!line) return;
        // only the header holds a title; further down the same shape is a sentence of the body
        const split = out.length < HEADER_LINES && !line.heading ? splitTitleAddressee(line.text) : null;
        if (split) out.push({ ...line, text: split[0], spaced: null }, { ...line, text: split[1], boldEnd: null, spaced: null });
        else out.push(line);
      });
  }
  return joinWrappedLines(out);
}

const SENTENCE_END = /[。！？；：…!?;:）)」』】〕]$|[。！？]["”’]$/;

/**
 * A line that stops mid-sentence (a page break or a wrapped line) continues on the next one. Only the last two
 * characters are looked at: an anchored end is tried from every position of the text, which for a measure joined
 * line by line costs the square of its length.
 */
export function endsMidSentence(text: string): boolean {
  return !SENTENCE_END.test(text.slice(-2));
}
