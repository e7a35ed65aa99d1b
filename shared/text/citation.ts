// How a text cites a document: by its number (市中政办发〔2021〕14号) or by its title (《关于……的实施意见》).
// Authors write the year's brackets as 〔〕, [], （）, 【】 or ﹝﹞, in full or half width, with spaces anywhere;
// the matchers below read them all as one form and give back the citation's span in the original text.
import { isPlainIdeograph, normalizeForMatching, normalizedText, type Normalized } from './normalize';

/** A document number read into its parts: 市中政办发〔2021〕14号 → prefix 市中政办发, year 2021, serial 14. */
export interface DocNumber {
  /** The issuer's code before the year (市中政办发, 国办函); '' when none is written. */
  prefix: string;
  year: string;
  serial: string;
}

/** A document number met in a text, with its span in the original. */
export interface CitedNumber extends DocNumber {
  /** The run of Chinese characters before the year (根据市中政办发); '' when written bare (〔2021〕14号, 根据〔2021〕14号). */
  prefix: string;
  /** Offsets in the original: of each character of `prefix`, and of the number's end. */
  prefixStarts: number[];
  start: number;
  end: number;
}

const OPEN = '〔[（(【﹝［〖';
const CLOSE = '〕]）)】﹞］〗';
const SPACES = /[\s\u3000\u200b-\u200d\u2060]/;

// The prefix itself: Chinese characters, at most this many (the longest issuer codes have about ten).
const PREFIX_RE = /[\u4e00-\u9fff]{1,12}$/;
// Words a number written bare follows (根据〔2021〕14号, 落实〔2021〕14号文件). Any other run of Chinese
// characters before the year is read as a prefix (国发, 青政, 鲁政办字), even one unknown here: a number
// wrongly read as prefixed places no report, one wrongly read as bare could place it on the wrong policy.
const LEAD_IN = /(?:根据|依据|依照|按照|遵照|参照|对照|结合|落实|贯彻|执行|关于|转发|印发|下发|文件|精神|要求|通知|的|和|及|与|或|等|即|见)$/;
const NUMBER_RE = /〔(\d{4})〕第?(\d{1,4})号/g;

/** Text with brackets in one form and no spaces, and for each kept character its offset in the original. */
function compactForNumbers(original: string, n: Normalized = normalizeForMatching(original)): { text: string; map: number[] } {
  const pieces: string[] = [];
  const map: number[] = [];
  let i = 0;
  while (i < n.text.length) {
    const run = ideographRun(n.text, i);
    if (run > i) {
      pieces.push(n.text.slice(i, run));
      for (let k = i; k < run; k++) map.push(n.map[k]);
      i = run;
      continue;
    }
    const c = n.text[i];
    if (!SPACES.test(c)) {
      const open = OPEN.indexOf(c);
      const close = CLOSE.indexOf(c);
      pieces.push(open >= 0 ? '〔' : close >= 0 ? '〕' : c);
      map.push(n.map[i]);
    }
    i++;
  }
  map.push(original.length);
  return { text: pieces.join(''), map };
}

/** Where the run of ideographs starting at `from` ends: no mark, space or bracket is among them. */
function ideographRun(text: string, from: number): number {
  let end = from;
  while (end < text.length && isPlainIdeograph(text.charCodeAt(end))) end++;
  return end;
}


/** The prefix written directly before a number, given the text before it: '' when the number is bare. */
function prefixBefore(before: string): string {
  const found = PREFIX_RE.exec(before)?.[0] ?? '';
  // a list of numbers: the run starts after the 号 of the one before (…39号、国办发〔2014〕51号和青政〔2014〕36号)
  const run = found.slice(found.lastIndexOf('号') + 1);
  return run === '' || LEAD_IN.test(run) ? '' : run;
}

/** Reads a policy's own document number; null when it is not written as prefix〔year〕serial号. */
export function parseDocNumber(docNumber: string): DocNumber | null {
  const { text } = compactForNumbers(docNumber);
  const m = /〔(\d{4})〕第?(\d{1,4})号/.exec(text);
  if (!m) return null;
  return { prefix: PREFIX_RE.exec(text.slice(0, m.index))?.[0] ?? '', year: m[1], serial: String(Number(m[2])) };
}

/** The number without its prefix, as compared across documents: 2021〕14. */
export function numberCore(n: Pick<DocNumber, 'year' | 'serial'>): string {
  return `${n.year}〕${n.serial}`;
}

/** Every document number the text writes, with the prefix written before it (the longest run of Chinese characters there). */
export function findDocNumbers(original: string, n?: Normalized): CitedNumber[] {
  // every number ends in 号, which normalising leaves as it is: most texts cite none
  if (!original.includes('号')) return [];
  const { text, map } = compactForNumbers(original, n ?? normalizeForMatching(original));
  const out: CitedNumber[] = [];
  for (const m of text.matchAll(NUMBER_RE)) {
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    const prefix = prefixBefore(before);
    const from = m.index - prefix.length;
    const prefixStarts = [...prefix].map((_, k) => map[from + k]);
    out.push({ prefix, prefixStarts, year: m[1], serial: String(Number(m[2])), start: map[from], end: map[m.index + m[0].length - 1] + 1 });
  }
  return out;
}

/**
 * Whether a number cited with `citedPrefix` is the policy's prefix: the same, or written with the place
 * before it (枣庄市中政办发 for 市中政办发). The citation's prefix was read greedily, so it may hold words
 * before the code (根据市中政办发): the policy's prefix must end it.
 */
export function samePrefix(citedPrefix: string, policyPrefix: string): boolean {
  return policyPrefix !== '' && citedPrefix.endsWith(policyPrefix);
}

// ---------------------------------------------------------------- titles

// Quotation marks, title marks, spaces and the marks inside a coined phrase ("双随机、一公开", 一网·通办) are
// written one way in a policy and another in a report that quotes it: none of them is part of the words compared.
const TITLE_IGNORED = /[\s“”"‘’'「」『』《》〈〉、·•・]/;

/** Normalised text without those marks, and for each kept character its offset in the normalised text. */
export function withoutTitleMarks(normalized: string): { text: string; map: number[] } {
  const pieces: string[] = [];
  const map: number[] = [];
  let i = 0;
  while (i < normalized.length) {
    const run = ideographRun(normalized, i);
    if (run > i) {
      pieces.push(normalized.slice(i, run));
      for (let k = i; k < run; k++) map.push(k);
      i = run;
      continue;
    }
    if (!TITLE_IGNORED.test(normalized[i])) {
      pieces.push(normalized[i]);
      map.push(i);
    }
    i++;
  }
  return { text: pieces.join(''), map };
}

/** Text without the marks titles are compared without, and for each kept character its offset in the original. */
export function compactForTitles(original: string, n: Normalized = normalizeForMatching(original)): { text: string; map: number[] } {
  const s = withoutTitleMarks(n.text);
  return { text: s.text, map: [...s.map.map((i) => n.map[i]), original.length] };
}

/**
 * The title without its frame, as a report quotes it: 关于印发《X》的通知 → X; 某办公室关于X的实施意见 →
 * X的实施意见. A title quoting another document inside it (关于落实《政府工作报告》重点工作部门分工的意见) keeps
 * its own words: the quoted name is the other document's, not this one's.
 */
export function titleCore(title: string): string {
  const t = normalizedText(title).trim();
  const issued = /(?:^|关于)(?:印发|转发|下发)[《〈]([^《》〈〉]+)[》〉](?:的)?(?:通知|决定)?$/.exec(t);
  if (issued) return issued[1];
  return t
    .replace(/^.*?关于(?:印发|转发|下发)?/, '')
    .replace(/^关于/, '')
    .replace(/的(?:通知|决定)$/, '');
}
