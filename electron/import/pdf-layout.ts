// Rebuilds lines and paragraph breaks from positioned PDF text. A PDF has no paragraphs, only glyph runs at
// positions: runs on one baseline make a line; a line continues the paragraph above when that line ran to the
// right margin and this one starts at the left margin without an indent (Chinese paragraphs open with a
// two-character indent). Page numbers and running headers are dropped before judging the page-break joins.
import { findPageFurniture, isPageNumberLine, type BlockGap, type LayoutBlock } from '../../shared/text/repair';
import { isHan } from '../../shared/text/word-space';
import { continuedRow, joinedRow } from './pdf-row-across-pages';
import { findTables, joinLines, MAX_LINE_STEP, MIN_COLUMNS } from './pdf-tables';

export interface PdfTextItem {
  str: string;
  /** Baseline origin, PDF units (y grows upwards). */
  x: number;
  y: number;
  width: number;
  /** Font size. */
  size: number;
  /** Set in a bold face (the font's name says so). */
  bold?: boolean;
}

export interface PdfPage {
  /** 1-based. */
  number: number;
  items: PdfTextItem[];
  /** The page's horizontal rules (a table's borders), where the reader gives them. */
  rules?: Rule[];
}

/** A horizontal rule drawn on the page: its extent and height, PDF units (y grows upwards). */
export interface Rule {
  left: number;
  right: number;
  y: number;
}

export interface PdfLine {
  page: number;
  text: string;
  left: number;
  right: number;
  y: number;
  size: number;
  /** The line opens with bold text; boldPrefix is that text when the rest of the line is not bold. */
  bold?: boolean;
  boldPrefix?: string;
  /** The line cut at wide gaps: table cells on one baseline, each with its own text and extent. */
  runs: LineRun[];
}

export interface LineRun {
  text: string;
  left: number;
  right: number;
  /** Baseline of its first text run. */
  y: number;
}

/**
 * A gap of nearly a full character between two runs of Chinese on a line is a space the writer typed there (a
 * full-width space, or two half-width ones): it is written as one ideographic space, which the repair keeps between two
 * words (word-space). The narrower gaps of a justified line or of runs a generator cut close up as before.
 */
const WORD_GAP = 0.9;

/**
 * set-space: a space the PDF's text sets between two Chinese characters is one the writer typed (joint signers
 * 「海南省财政厅 海南省教育厅」, fields of a line 「来源：龙华区审计局 日期：…」), however narrow the font draws it; it is
 * handed on as an ideographic space, which the repair keeps between two words (word-space). A gap the generator left
 * with no space set in it is judged by its width as before.
 */
export const SET_SPACE = '\u3000';

/** Characters a line stops short of the margin by, at least, to end its paragraph (short-line). */
const SHORT_LINE = 4;

const lastChar = (s: string): string | undefined => s[s.length - 1];

/** Marks a line ends on inside a list or a sentence, never at the end of a paragraph. */
const CONTINUES = /[、，,]/;

/** The text of the first run after the k-th that is not blank. */
function nextText(cluster: PdfTextItem[], k: number): string {
  for (let j = k + 1; j < cluster.length; j += 1) if (!isBlank(cluster[j].str)) return cluster[j].str;
  return '';
}

/** A gap this wide (in character heights) between runs on one baseline separates table cells. */
const CELL_GAP = 0.6;

const isBlank = (s: string) => s.trim() === '';

/** A line's visible runs cut where the gap to the next one is wide enough to part table cells. */
function cellRuns(cluster: PdfTextItem[]): LineRun[] {
  const runs: LineRun[] = [];
  let parts: PdfTextItem[] = [];
  // The right edge of the run so far, kept as parts are added.
  let right = -Infinity;
  const close = () => {
    if (parts.length === 0) return;
    let text = parts[0].str;
    for (let i = 1; i < parts.length; i += 1) {
      const item = parts[i];
      const prev = parts[i - 1];
      const spaced = /\s$/.test(prev.str) || /^\s/.test(item.str);
      text += (!spaced && item.x - (prev.x + prev.width) > 0.2 * item.size ? ' ' : '') + item.str;
    }
    runs.push({ text: text.trim(), left: parts[0].x, right, y: parts[0].y });
    parts = [];
    right = -Infinity;
  };
  for (const item of cluster) {
    if (isBlank(item.str)) continue;
    const prev = parts[parts.length - 1];
    if (prev && item.x - right > CELL_GAP * Math.max(item.size, prev.size)) close();
    // A run printed twice to fake bold is one run.
    if (prev && item.str === prev.str && Math.abs(item.x - prev.x) < 0.3 * item.size) continue;
    parts.push(item);
    right = Math.max(right, item.x + item.width);
  }
  close();
  return runs;
}

/** The largest value over a list (Math.max(...list) overflows the stack on a page of many runs). */
function maxOf<T>(list: T[], value: (x: T) => number): number {
  let max = -Infinity;
  for (const x of list) max = Math.max(max, value(x));
  return max;
}

/** Groups a page's text runs into lines, top to bottom, left to right. */
export function buildLines(page: PdfPage): PdfLine[] {
  const items = page.items.filter((it) => it.str !== '' && it.size > 0).sort((a, b) => b.y - a.y);
  const clusters: PdfTextItem[][] = [];
  let lineY = Number.NaN;
  let lineSize = 0;
  for (const item of items) {
    const current = clusters[clusters.length - 1];
    // Runs within half a character height share a baseline (this also keeps superscripts on their line).
    if (current && Math.abs(item.y - lineY) <= 0.5 * Math.max(item.size, lineSize)) {
      current.push(item);
      if (item.size > lineSize && !isBlank(item.str)) {
        lineSize = item.size;
        lineY = item.y;
      }
    } else {
      clusters.push([item]);
      lineY = item.y;
      lineSize = item.size;
    }
  }

  const lines: PdfLine[] = [];
  for (const cluster of clusters) {
    cluster.sort((a, b) => a.x - b.x);
    const visible = cluster.filter((it) => !isBlank(it.str));
    if (visible.length === 0) continue;
    let text = '';
    let prev: PdfTextItem | null = null;
    let boldOpen: boolean | null = null;
    let boldEnd = 0;
    for (let k = 0; k < cluster.length; k += 1) {
      const item = cluster[k];
      if (prev) {
        // Some generators fake bold by printing a run twice, slightly shifted.
        if (item.str === prev.str && Math.abs(item.x - prev.x) < 0.3 * item.size) continue;
        const gap = item.x - (prev.x + prev.width);
        const spaced = /\s$/.test(prev.str) || /^\s/.test(item.str);
        if (!spaced && gap > 1.5 * item.size) text += '  ';
        else if (!spaced && gap >= WORD_GAP * item.size && isHan(lastChar(prev.str)) && isHan(item.str[0])) text += '\u3000';
        else if (!spaced && gap > 0.2 * item.size) text += ' ';
      }
      // pdf.js stands a space item in for a gap; a wide one (between table cells) stays visible.
      if (isBlank(item.str) && item.width > 1.5 * item.size) text += '  ';
      // a space the text sets between two runs of Chinese comes as an ideographic one (set-space): kept however narrow
      else if (isBlank(item.str) && (item.width >= WORD_GAP * item.size || item.str === SET_SPACE) && isHan(lastChar(text)) && isHan(nextText(cluster, k)[0])) text += '\u3000';
      else text += item.str;
      if (boldOpen !== false && !isBlank(item.str)) {
        boldOpen = !!item.bold;
        if (boldOpen) boldEnd = text.length;
      }
      prev = item;
    }
    lines.push({
      page: page.number,
      runs: cellRuns(cluster),
      text: text.replace(/\s+$/, ''),
      left: visible[0].x,
      right: maxOf(visible, (it) => it.x + it.width),
      y: maxOf(visible, (it) => it.y),
      size: maxOf(visible, (it) => it.size),
      ...(boldEnd > 0 ? { bold: true } : {}),
      ...(boldEnd > 0 && text.slice(boldEnd).trim() ? { boldPrefix: text.slice(0, boldEnd) } : {}),
    });
  }
  return lines;
}

/** The most common value after rounding to `step`, each value counted `weight` times. */
function commonValue(values: { value: number; weight?: number }[], step: number): number | null {
  const counts = new Map<number, number>();
  for (const { value, weight = 1 } of values) {
    const key = Math.round(value / step) * step;
    counts.set(key, (counts.get(key) ?? 0) + weight);
  }
  let best: number | null = null;
  let bestCount = 0;
  for (const [key, count] of counts) {
    if (count > bestCount || (count === bestCount && best !== null && key < best)) {
      best = key;
      bestCount = count;
    }
  }
  return best;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

interface Metrics {
  bodySize: number;
  /** Left margin per page, and the text width. */
  left: Map<number, number>;
  width: number;
  pitch: number;
}

function measure(lines: PdfLine[]): Metrics {
  const bodySize = commonValue(lines.map((l) => ({ value: l.size, weight: l.text.length })), 0.5) ?? 12;
  const body = lines.filter((l) => Math.abs(l.size - bodySize) <= 0.15 * bodySize);

  // The smallest left edge that several body lines share is the margin; indented first lines sit to its right.
  const marginOf = (ls: PdfLine[]) => {
    const lefts = ls.map((l) => l.left).sort((a, b) => a - b);
    const need = Math.max(2, Math.ceil(ls.length * 0.15));
    // Sorted, so the lines within 2 units of lefts[i] are a window starting at i.
    let j = 0;
    for (let i = 0; i < lefts.length; i += 1) {
      while (j < lefts.length && lefts[j] - lefts[i] <= 2) j += 1;
      if (j - i >= need) return lefts[i];
    }
    return lefts[0];
  };
  const globalLeft = body.length ? marginOf(body) : 0;
  const bodyByPage = new Map<number, PdfLine[]>();
  for (const l of body) {
    const list = bodyByPage.get(l.page);
    if (list) list.push(l);
    else bodyByPage.set(l.page, [l]);
  }
  const left = new Map<number, number>();
  for (const page of new Set(lines.map((l) => l.page))) {
    const onPage = bodyByPage.get(page) ?? [];
    left.set(page, onPage.length >= 4 ? marginOf(onPage) : globalLeft);
  }
  const widths = body.map((l) => l.right - (left.get(l.page) ?? globalLeft));
  const width = widths.length ? percentile(widths, 0.9) : 0;

  const steps: number[] = [];
  for (let i = 1; i < body.length; i += 1) {
    const a = body[i - 1];
    const b = body[i];
    if (a.page === b.page && a.y > b.y) steps.push(a.y - b.y);
  }
  const pitch = commonValue(steps.map((value) => ({ value })), 0.5) ?? bodySize * 1.5;
  return { bodySize, left, width, pitch };
}

/** A full line of a paragraph: it reaches the right margin and begins at the margin or a first line's indent. */
function isFullLine(l: PdfLine, m: Metrics): boolean {
  const left = m.left.get(l.page) ?? 0;
  return l.right >= left + m.width - 2.5 * l.size && l.left <= left + 3 * l.size;
}

/** `wrapped`: line `a` is the last of a paragraph run on from a full line above it. */
function gapBetween(a: PdfLine, b: PdfLine, m: Metrics, pageTurn: boolean, wrapped = false): BlockGap {
  const size = Math.max(a.size, b.size);
  if (Math.abs(a.size - b.size) > 0.15 * size) return 'break';
  if (!pageTurn) {
    const dy = a.y - b.y;
    if (dy <= 0 || dy > 1.4 * Math.max(m.pitch, 1.2 * size)) return 'break';
  }
  const leftA = m.left.get(a.page) ?? 0;
  const leftB = m.left.get(b.page) ?? 0;
  // right-set: a line that reaches the right margin from far inside it (a signer, a date set to the right) is no full
  // line of a paragraph, whatever follows it; a full line begins at the margin or a first line's indent
  const full = isFullLine(a, m);
  const indented = b.left > leftB + 0.8 * b.size;
  if (full && !indented) return 'soft';
  // Consecutive centred lines of one size: a title wrapped over several lines. Body-size lines count only when
  // they stand clear of both margins, or an indented line after a full one would pass for centred.
  const centred = (l: PdfLine, left: number) => {
    const middle = Math.abs((l.left + l.right) / 2 - (left + m.width / 2)) < 1.5 * l.size;
    const clear = l.left > left + l.size && l.right < left + m.width - l.size;
    return middle && (clear || l.size >= 1.1 * m.bodySize);
  };
  if (!pageTurn && centred(a, leftA) && centred(b, leftB)) return 'soft';
  // short-line: a line that stops well short of the margin, the page going on below it, ended its paragraph there (a
  // byline, a meeting line under a title, a contact line); only a page turn may cut a sentence at a short line. The
  // last line of a paragraph run on from full lines that stops inside a word (Chinese on both sides of the break), or a
  // line ending on a list's comma (、，), is left to the repair: a document made from a PDF keeps the PDF's breaks in
  // mid-sentence (「高校毕 / 业生、退役军人、 / 返乡农民工」)
  const midWord = wrapped && isHan(lastChar(a.text)) && isHan(b.text[0]);
  if (!pageTurn && !midWord && !CONTINUES.test(lastChar(a.text) ?? '') && a.right < leftA + m.width - SHORT_LINE * a.size) return 'end';
  return 'break';
}

export interface PdfLayout {
  /** Lines joined by newlines, pages by a blank line. */
  text: string;
  blocks: LayoutBlock[];
}

/** Lays out the text of a PDF's pages as blocks for layout repair. */
export function layoutPdf(pages: PdfPage[]): PdfLayout {
  const lines = pages.flatMap(buildLines);
  let text = '';
  let lastPage: number | null = null;
  const blocks: LayoutBlock[] = lines.map((line) => {
    if (lastPage !== null) text += line.page === lastPage ? '\n' : '\n\n';
    lastPage = line.page;
    const start = text.length;
    text += line.text;
    return {
      text: line.text,
      start,
      end: text.length,
      page: line.page,
      ...(line.bold ? { bold: true } : {}),
      ...(line.boldPrefix ? { boldPrefix: line.boldPrefix } : {}),
    };
  });

  const furniture = findPageFurniture(blocks);
  // A table's 序号 cell alone on its line reads like a page number, so those lines are looked at for tables first.
  // header-on-each-page: so is a line of three cells or more that repeats at the top of each page, the header row
  // of a table that runs across them (a running header is a line of one or two parts); it stays only in a table.
  // wrapped-header: so are the repeating lines set close by a line of three cells or more, a header's wrapped cells'
  // other lines (序 above 号, 完成 above 时间), which alone hold too few cells to pass for a table's: lines of one size
  // each no more than a table's line step below the one before, on one page, are one cluster.
  const headerLines = new Set<number>();
  for (let start = 0; start < lines.length; ) {
    let end = start;
    const near = (a: PdfLine, b: PdfLine) => a.page === b.page && Math.abs(a.y - b.y) <= MAX_LINE_STEP * a.size && Math.abs(a.size - b.size) <= 0.15 * a.size;
    while (end + 1 < lines.length && near(lines[end], lines[end + 1])) end += 1;
    if (lines.slice(start, end + 1).some((l) => l.runs.length >= MIN_COLUMNS)) for (let j = start; j <= end; j += 1) headerLines.add(j);
    start = end + 1;
  }
  const candidates = lines.flatMap((line, i) =>
    !furniture.has(i) || isPageNumberLine(blocks[i].text) || line.runs.length >= MIN_COLUMNS || headerLines.has(i) ? [i] : [],
  );
  const rulesOf = new Map(pages.map((p) => [p.number, p.rules ?? []]));
  const found = findTables(
    candidates.map((i) => lines[i]),
    (page) => rulesOf.get(page) ?? [],
  );
  const tableLines = new Set(found.flatMap((t) => candidates.slice(t.from, t.to + 1)));
  const keptIndexes = lines.flatMap((_, i) => (!furniture.has(i) || tableLines.has(i) ? [i] : []));
  const kept = keptIndexes.map((i) => ({ line: lines[i], block: blocks[i] }));
  const keptAt = new Map(keptIndexes.map((line, k) => [line, k]));
  // The same tables, with line indexes into the kept lines.
  const toKept = (i: number) => keptAt.get(candidates[i]) ?? 0;
  const tables = found.map((t) => ({
    from: toKept(t.from),
    to: toKept(t.to),
    rows: t.rows.map((r) => ({ ...r, from: toKept(r.from), to: toKept(r.to) })),
  }));
  const inTable = new Set(keptIndexes.flatMap((line, k) => (tableLines.has(line) ? [k] : [])));
  // Table text is often set smaller than the body; it must not decide what counts as body text.
  const metrics = measure(kept.filter((_, i) => !inTable.has(i)).map((k) => k.line));
  kept.forEach(({ line, block }, i) => {
    if (line.size >= metrics.bodySize * 1.2) block.heading = true;
    if (i === 0) return;
    const prev = kept[i - 1].line;
    const before = i > 1 ? kept[i - 2].line : null;
    const wrapped = before !== null && kept[i - 1].block.gap === 'soft' && isFullLine(before, metrics);
    block.gap = gapBetween(prev, line, metrics, prev.page !== line.page, wrapped);
  });

  const out: LayoutBlock[] = [];
  const tableAt = new Map(tables.map((t) => [t.from, t]));
  // The table just written, its last row's block, and the line it ended on (row-across-pages).
  let prev: { page: number; rows: { cells: string[] }[]; to: number; lastOut: number } | null = null;
  for (let i = 0; i < kept.length; i += 1) {
    const table = tableAt.get(i);
    if (!table) {
      out.push(kept[i].block);
      continue;
    }
    const page = kept[table.from].line.page;
    const rows = table.rows.map((r) => ({ ...r, cells: [...r.cells] }));
    const rest = prev ? continuedRow(prev, { page, rows }, prev.to === i - 1) : -1;
    rows.forEach((row, r) => {
      if (prev && r === rest) {
        const last = prev.rows[prev.rows.length - 1];
        last.cells = joinedRow(last.cells, row.cells, joinLines);
        out[prev.lastOut] = { ...out[prev.lastOut], text: last.cells.join(' | ') };
        return;
      }
      const first = kept[row.from].block;
      out.push({ text: row.cells.join(' | '), start: first.start, end: kept[row.to].block.end, page: first.page, standalone: true });
    });
    prev = { page, rows, to: table.to, lastOut: out.length - 1 };
    i = table.to;
  }
  return { text, blocks: out };
}
