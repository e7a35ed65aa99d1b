// Step 2 of policy extraction: the document's metadata and where its body starts and ends.
//   header:  枣庄市市中区人民政府办公室文件 / 市中政办发〔2021〕14号 / 关于…的实施意见 (one or two lines) / 各…：
//   closing: signature (市中区人民政府办公室) / 成文日期 (2021年9月6日 or 二〇二一年九月六日) / 抄送 / …印发
import type { IsoDate } from '../types';
import { compactWhitespace } from '../text/normalize';
import { findFullDates } from '../text/dates';
import { looksLikeBody } from './departments';
import { readDisclosureBox } from './disclosure-box';
import { readLabel } from './policy-numbering';
import { jointIssuers } from './joint-issuers';
import type { PolicyLine } from './policy-lines';

export interface PolicyMetadata {
  title: string;
  docNumber: string | null;
  issuer: string | null;
  issuedOn: IsoDate | null;
  printedOn: IsoDate | null;
  /** First line after the title and the addressee line. */
  bodyStart: number;
  /** First line of the signature block (signature, date, 抄送, 印发); lines.length when there is none. */
  closingStart: number;
}

// The kind of document closes the title: 实施意见, 通知, 方案, 办法（试行）…
const DOC_KIND =
  /(?:意见|通知|方案|办法|规定|决定|细则|措施|计划|要点|清单|批复|函|通报|纲要|规划|公告|通告|报告|请示|纪要|决议|条例|指引|规则|安排)(?:[（(](?:试行|暂行|修订|修订稿|征求意见稿)[）)])?[》」”"]?$/;
const DOC_NUMBER = /([\u4e00-\u9fa5A-Za-z]{1,16})\s*[〔［\[【（(]\s*((?:19|20)\d{2})\s*[〕］\]】）)]\s*(\d{1,4})\s*号/;
const HEADER_MAX_LINES = 15;

/** 市中政办发[2021]14号 → 市中政办发〔2021〕14号 (the brackets GB/T 9704 prescribes). */
export function findDocNumber(text: string): string | null {
  const m = DOC_NUMBER.exec(compactWhitespace(text));
  return m ? `${m[1]}〔${m[2]}〕${m[3]}号` : null;
}

function isAddressee(text: string): boolean {
  return /[：:]$/.test(text) && text.length <= 120 && !/[。！？]/.test(text) && /各|部门|单位|政府|办事处|委员会|同志/.test(text);
}

function isDocNumberLine(text: string): boolean {
  return findDocNumber(text) !== null && text.length <= 40;
}

/** The whole line is one calendar date, brackets allowed: 2021年9月6日, （二〇二一年九月六日）. */
export function pureDate(text: string): IsoDate | null {
  const t = compactWhitespace(text).replace(/^[（(\s]+|[）)\s]+$/g, '');
  const found = findFullDates(t);
  return found.length === 1 && found[0].start === 0 && found[0].end === t.length ? found[0].date : null;
}

/** "2021年9月6日印发" (maybe after the printing office): the print date. */
function printDate(text: string): IsoDate | null {
  const found = findFullDates(text);
  const last = found[found.length - 1];
  return last && /^\s*印发\s*$/.test(text.slice(last.end)) ? last.date : null;
}

/** An organisation line of a signature block: short, no sentence punctuation, ends like a body's name. */
function isSignatureLine(text: string): boolean {
  return text.length <= 40 && !/[。，；：！？,;:]/.test(text) && looksLikeBody(text);
}

/** The bodies of a signature line: two issuers side by side (中共…县委办公室　…县人民政府办公室) are two. */
function signatureNames(line: PolicyLine): string[] {
  const parts = line.spaced;
  return parts && parts.every((p) => isSignatureLine(p) && p.length >= 4) ? parts : [line.text];
}

/** A signature and its date on one line: 市中区人民政府办公室 2021年9月6日. */
function signedDate(text: string): { signature: string; date: IsoDate } | null {
  const found = findFullDates(text);
  const last = found[found.length - 1];
  if (!last || text.slice(last.end).trim() !== '') return null;
  const signature = text.slice(0, last.start).trim();
  return signature !== '' && isSignatureLine(signature) ? { signature, date: last.date } : null;
}

interface TitleBlock {
  title: string;
  first: number;
  last: number;
}

/** The 关于…的实施意见 line, joined with the next line or two when the title wraps. */
export function findTitle(lines: PolicyLine[], headerEnd: number, from = 0): TitleBlock | null {
  const end = Math.min(headerEnd, from + HEADER_MAX_LINES, lines.length);
  const skip = (t: string) => /文件$/.test(t) || isDocNumberLine(t) || pureDate(t) !== null || /^签发人/.test(t);
  /** The title from line `first`; `issuers` lines above it name the issuing bodies and are part of it. */
  const pick = (first: number, issuers = 0): TitleBlock => {
    const above = lines.slice(first - issuers, first).map((l) => l.text).join('');
    const block = pickFrom(first);
    return { title: above + block.title, first: first - issuers, last: block.last };
  };
  const pickFrom = (first: number): TitleBlock => {
    let title = lines[first].text;
    let last = first;
    while (!DOC_KIND.test(title) && last + 1 < end && last - first < 2) {
      const next = lines[last + 1].text;
      if (skip(next) || isAddressee(next)) break;
      title += next;
      last++;
    }
    // A wrap that never reaches the kind of document was not a wrap.
    return DOC_KIND.test(title) ? { title, first, last } : { title: lines[first].text, first, last: first };
  };
  for (let i = from; i < end; i++) {
    // quoted-about: a 关于 only inside a quoted title (「根据…《教育部关于实施…的若干意见》文件精神，…」) opens no title
    if (skip(lines[i].text) || !lines[i].text.replace(/《[^《》]*》/g, '').includes('关于')) continue;
    // The issuing bodies on lines of their own above 关于… (one, or two for a joint notice) are part of the title.
    let issuers = 0;
    while (issuers < 2 && i - issuers > from && !skip(lines[i - issuers - 1].text) && isSignatureLine(lines[i - issuers - 1].text)) issuers++;
    return pick(i, issuers);
  }
  for (let i = from; i < end; i++) if (!skip(lines[i].text) && DOC_KIND.test(lines[i].text)) return pick(i);
  for (let i = from; i < end; i++) if (!skip(lines[i].text) && lines[i].heading && !isAddressee(lines[i].text)) return pick(i);
  return null;
}

interface ClosingBlock {
  start: number;
  issuedOn: IsoDate | null;
  signature: string[];
}

/** The last line that is only a date (not the print date), with the signature lines just above it. */
export function findClosing(lines: PolicyLine[], from: number): ClosingBlock | null {
  for (let i = lines.length - 1; i >= from; i--) {
    const text = lines[i].text;
    const date = pureDate(text);
    if (date) {
      const signature: string[] = [];
      let start = i;
      while (start - 1 >= from && signature.length < 3 && isSignatureLine(lines[start - 1].text)) {
        signature.unshift(...signatureNames(lines[start - 1]));
        start--;
      }
      return { start, issuedOn: date, signature };
    }
    const signed = signedDate(text);
    if (signed) return { start: i, issuedOn: signed.date, signature: [signed.signature] };
    // month-signature: an office signing with the year and month only (教务处 over 2016年06月, 哈尔滨工业大学（威海）, 2016)
    // dates the document by that month, read as its first day
    const month = MONTH_LINE.exec(compactWhitespace(text));
    if (month && i - 1 >= from && isSignatureLine(lines[i - 1].text) && Number(month[2]) >= 1 && Number(month[2]) <= 12) {
      let start = i;
      const signature: string[] = [];
      while (start - 1 >= from && signature.length < 3 && isSignatureLine(lines[start - 1].text)) {
        signature.unshift(...signatureNames(lines[start - 1]));
        start--;
      }
      return { start, issuedOn: `${month[1]}-${month[2].padStart(2, '0')}-01`, signature };
    }
  }
  return null;
}

const MONTH_LINE = /^((?:19|20)\d{2})年(\d{1,2})月$/;

// page-date: a published page gives its date on a line of its own under the title (时间：2022-06-02, 发布日期：2023-09-26
// 19:05, 发布时间： 2024-09-26   作者：…); the date of issue when the document signs no date of its own
const PAGE_DATE = /^(?:发布|发文|成文|印发)?(?:时间|日期)[：:]\s*((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?![\d])/;

/** The page's date from a line of its own among the first lines: 时间：2022-06-02 → 2022-06-02. */
export function pageDate(lines: PolicyLine[], from: number): IsoDate | null {
  for (const l of lines.slice(from, from + HEADER_MAX_LINES)) {
    const m = PAGE_DATE.exec(l.text.trim());
    if (!m) continue;
    const [month, day] = [Number(m[2]), Number(m[3])];
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31) return `${m[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  }
  return null;
}

export function readMetadata(lines: PolicyLine[]): PolicyMetadata {
  // A published page's disclosure box comes before the document's own header.
  const box = readDisclosureBox(lines.map((l) => l.spaced?.join(' ') ?? l.text));
  const from = box?.end ?? 0;
  let headerEnd = lines.findIndex((l, i) => i >= from && (readLabel(l.text) !== null || isAddressee(l.text)));
  if (headerEnd < 0) headerEnd = lines.length;
  const titleBlock = findTitle(lines, headerEnd, from);
  const head = lines.slice(from, titleBlock ? titleBlock.first : Math.min(headerEnd, from + HEADER_MAX_LINES));

  let bodyStart = titleBlock ? titleBlock.last + 1 : from;
  const addressee = lines.findIndex((l, i) => i >= bodyStart && i < bodyStart + 3 && isAddressee(l.text));
  if (addressee >= 0) bodyStart = addressee + 1;

  const closing = findClosing(lines, bodyStart);
  let printedOn: IsoDate | null = null;
  for (let i = lines.length - 1; i >= bodyStart && printedOn === null; i--) printedOn = printDate(lines[i].text);

  // The number sits above the title in a 文件 header, below it in a letter-style notice.
  const docLine = lines.slice(from, Math.max(bodyStart, from + head.length)).find((l) => isDocNumberLine(l.text));
  const headerIssuer = head.find((l) => /文件$/.test(l.text) && l.text.length <= 60);
  const title = titleBlock ? compactWhitespace(titleBlock.title) : compactWhitespace(box?.fields.title ?? '');
  const titlePrefix = title.indexOf('关于') > 0 ? title.slice(0, title.indexOf('关于')) : '';
  let issuer: string | null = null;
  // joint-issuers: several bodies' names run on in a header or a title are given one by one
  if (headerIssuer) issuer = jointIssuers(headerIssuer.text.replace(/文件$/, '')).join('、');
  else if (closing && closing.signature.length > 0) issuer = closing.signature.join('、');
  else if (titlePrefix && looksLikeBody(titlePrefix)) issuer = jointIssuers(titlePrefix).join('、');
  else if (box?.fields.issuer && looksLikeBody(box.fields.issuer)) issuer = box.fields.issuer;

  return {
    title,
    docNumber: docLine ? findDocNumber(docLine.text) : box?.fields.docNumber ? findDocNumber(box.fields.docNumber) : null,
    issuer,
    issuedOn: closing?.issuedOn ?? (box?.fields.writtenOn ? pureDate(box.fields.writtenOn) : null) ?? pageDate(lines, from),
    printedOn,
    bodyStart,
    closingStart: closing ? closing.start : lines.length,
  };
}
