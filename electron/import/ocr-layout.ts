// Recognised lines become the same positioned text runs a PDF's text layer gives, so the PDF path's line and
// paragraph builder (pdf-layout.ts) rebuilds lines, indents, paragraphs, page furniture and tables from a scan
// too. The page is straightened first (its common skew taken out), every line is given one baseline, and the
// text size is read from the ink height, so lines of one size compare equal as they do in a real PDF.
import type { TextSpan } from '../../shared/types';
import type { OcrLine } from './ocr-engine';
import { layoutPdf, type PdfPage, type PdfTextItem } from './pdf-layout';
import type { LayoutBlock } from '../../shared/text/repair';

export interface OcrPage {
  /** 1-based. */
  number: number;
  /** Pixels. */
  width: number;
  height: number;
  dpi: number;
  lines: OcrLine[];
}

/** A character read with less confidence than this is marked for checking against the original. */
export const LOW_CONFIDENCE = 0.6;

/** CJK ink fills about this share of the type size. */
const INK_PER_SIZE = 0.9;

const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef\u201c\u201d\u2018\u2019\u2014\u2026\u00b7]/;

interface PlacedChar {
  char: string;
  /** Centre along the straightened line, page pixels. */
  x: number;
  confidence: number;
}

interface Run {
  item: PdfTextItem;
  chars: PlacedChar[];
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)] : 0;
}

/** Spaces the recogniser puts between Chinese characters are not in the document; those between Latin words are. */
function dropCjkSpaces(chars: PlacedChar[]): PlacedChar[] {
  return chars.filter((c, i) => {
    if (c.char.trim() !== '') return true;
    const before = chars[i - 1]?.char ?? '';
    const after = chars[i + 1]?.char ?? '';
    return before !== '' && after !== '' && after.trim() !== '' && !WIDE.test(before) && !WIDE.test(after);
  });
}

/** Half-width marks the recogniser confuses with the full-width ones Chinese text is set in. */
const FULL_WIDTH: Record<string, string> = { ',': '，', ':': '：', ';': '；', '?': '？', '!': '！', '(': '（', ')': '）' };

/**
 * Punctuation touching Chinese is full-width in Chinese documents: a comma or colon read half-width after a
 * Chinese character, or a bracket opening onto or closing after one, is the full-width mark. Between digits or
 * Latin letters (9:30, A,B) it stays as read.
 */
export function widenCjkPunctuation(text: string): string {
  const chars = [...text];
  return chars
    .map((c, i) => {
      const wide = FULL_WIDTH[c];
      if (!wide) return c;
      const before = chars[i - 1] ?? '';
      const after = chars[i + 1] ?? '';
      const touches = c === '(' ? WIDE.test(after) : c === ')' ? WIDE.test(before) : WIDE.test(before);
      return touches ? wide : c;
    })
    .join('');
}

interface PlacedLine {
  /** Straightened page pixels, y down. */
  left: number;
  right: number;
  middle: number;
  inkHeight: number;
  chars: PlacedChar[];
}

/** The characters with their punctuation widened where it touches Chinese (one character for one). */
function widen(chars: PlacedChar[]): PlacedChar[] {
  const text = [...widenCjkPunctuation(chars.map((c) => c.char).join(''))];
  return text.length === chars.length ? chars.map((c, i) => ({ ...c, char: text[i] })) : chars;
}

/** The line in straightened page coordinates: rotated by -skew about the page centre. */
function place(line: OcrLine, skew: number, page: OcrPage): PlacedLine {
  const { box, ink } = line;
  const ux = Math.cos(box.angle);
  const uy = Math.sin(box.angle);
  // The box's top-left corner, and a point at (along, across) fractions of it.
  const ox = box.cx - (box.length / 2) * ux + (box.thickness / 2) * uy;
  const oy = box.cy - (box.length / 2) * uy - (box.thickness / 2) * ux;
  const cos = Math.cos(-skew);
  const sin = Math.sin(-skew);
  const pcx = page.width / 2;
  const pcy = page.height / 2;
  const at = (along: number, across: number) => {
    const x = ox + along * box.length * ux - across * box.thickness * uy - pcx;
    const y = oy + along * box.length * uy + across * box.thickness * ux - pcy;
    return { x: pcx + x * cos - y * sin, y: pcy + x * sin + y * cos };
  };
  const middle = at((ink.left + ink.right) / 2, (ink.top + ink.bottom) / 2).y;
  const chars = line.chars.map((c) => ({ char: c.char, confidence: c.confidence, x: at((c.from + c.to) / 2, 0.5).x }));
  return {
    left: at(ink.left, 0.5).x,
    right: at(ink.right, 0.5).x,
    middle,
    inkHeight: (ink.bottom - ink.top) * box.thickness,
    chars: widen(dropCjkSpaces(chars)),
  };
}

/** A line's characters cut into runs where they stand apart (table cells, a signature set off to the right). */
function runsOf(line: PlacedLine, size: number, baseline: number, k: number, pageHeight: number): Run[] {
  const groups: PlacedChar[][] = [];
  for (const c of line.chars) {
    const group = groups[groups.length - 1];
    const prev = group?.[group.length - 1];
    if (group && c.x - prev.x < 1.8 * size) group.push(c);
    else groups.push([c]);
  }
  return groups.map((chars, i) => {
    const left = i === 0 ? line.left : chars[0].x - size / 2;
    const right = i === groups.length - 1 ? line.right : chars[chars.length - 1].x + size / 2;
    const item: PdfTextItem = {
      str: chars.map((c) => c.char).join(''),
      x: left * k,
      y: (pageHeight - baseline) * k,
      width: Math.max(0, right - left) * k,
      size: size * k,
    };
    return { item, chars };
  });
}

// misread-folio: a 公文 page is numbered at its foot 「— 4 —」, on the left of even pages and the right of odd ones. The
// recogniser may read a dash of it as 1 or lose one (「14-」, 「131」, 「71」). A bare number is a page number already;
// one with a hyphen left over is not, and it then runs into the sentence that crosses the page break (市国资1 4 -委).
// A page's lowest line, in its foot, that is a number of one to three digits with a mark read as a dash on either
// side (a hyphen or a dash, 一, 1, l, I, |, _, ~), and nothing else, is its folio and is left out.
const MISREAD_FOLIO = /^[-—–－一_~|lI1]?\d{1,3}[-—–－一_~|lI1]?$/;
/** Whether a recognised line is a page number whose dashes were misread, a mark that is no digit among them. */
export function isMisreadFolio(text: string): boolean {
  const t = text.replace(/\s+/g, '');
  return MISREAD_FOLIO.test(t) && /\D/.test(t);
}
/** The share of a page's height at its foot where its number stands. */
const FOOT = 0.2;

/** The page's lines without its misread folio (misread-folio). */
function withoutMisreadFolio(lines: PlacedLine[], pageHeight: number): PlacedLine[] {
  const lowest = lines.reduce<PlacedLine | null>((low, l) => (low === null || l.middle > low.middle ? l : low), null);
  if (!lowest || lowest.middle < (1 - FOOT) * pageHeight || !isMisreadFolio(lowest.chars.map((c) => c.char).join(''))) return lines;
  return lines.filter((l) => l !== lowest);
}

/** A page's lines as PDF text runs (PDF units: points, y up), and the characters behind each run. */
function pageRuns(page: OcrPage): Run[] {
  const straight = page.lines.filter((l) => l.box.length > 4 * l.box.thickness).map((l) => l.box.angle);
  const skew = straight.length ? median(straight) : 0;
  const placed = withoutMisreadFolio(
    page.lines.map((l) => place(l, skew, page)).filter((l) => l.chars.length > 0),
    page.height,
  );
  // Body size: the size most characters are set in; sizes near it are that size (digits ink shorter than Chinese).
  const sizes = placed.map((l) => l.inkHeight / INK_PER_SIZE);
  const weighted = placed.flatMap((l, i) => Array<number>(l.chars.length).fill(sizes[i]));
  const body = median(weighted);
  const k = 72 / page.dpi;
  return placed.flatMap((line, i) => {
    const size = sizes[i] > 0.75 * body && sizes[i] < 1.2 * body ? body : sizes[i];
    return runsOf(line, size, line.middle + 0.4 * size, k, page.height);
  });
}

export interface OcrLayout {
  text: string;
  blocks: LayoutBlock[];
  /** Stretches of `text` read with low confidence. */
  uncertain: TextSpan[];
  /** Characters read, and how many of them with low confidence. */
  chars: number;
  uncertainChars: number;
}

/** Lays out recognised pages through the PDF line and paragraph builder, and finds the uncertain stretches in its text. */
export function layoutOcr(pages: OcrPage[]): OcrLayout {
  const runs = pages.map(pageRuns);
  const pdfPages: PdfPage[] = pages.map((p, i) => ({ number: p.number, items: runs[i].map((r) => r.item) }));
  const layout = layoutPdf(pdfPages);

  // The builder writes each run's text unchanged, top to bottom: find each run in order and map its characters.
  const uncertain: TextSpan[] = [];
  let cursor = 0;
  let chars = 0;
  let uncertainChars = 0;
  for (const pageRunsList of runs) {
    const ordered = [...pageRunsList].sort((a, b) => b.item.y - a.item.y || a.item.x - b.item.x);
    for (const run of ordered) {
      chars += run.chars.length;
      const at = layout.text.indexOf(run.item.str, cursor);
      if (at < 0) continue;
      cursor = at + run.item.str.length;
      let offset = at;
      for (const c of run.chars) {
        if (c.confidence < LOW_CONFIDENCE) {
          uncertainChars += 1;
          const last = uncertain[uncertain.length - 1];
          if (last && last.end === offset) last.end = offset + c.char.length;
          else uncertain.push({ start: offset, end: offset + c.char.length });
        }
        offset += c.char.length;
      }
    }
  }
  return { text: layout.text, blocks: layout.blocks, uncertain, chars, uncertainChars };
}
