// Finds tables among a PDF page's lines and rebuilds their rows. On a page a table is only text at positions: cells
// on one baseline come out as one line, and a cell that wraps interleaves its lines with its neighbours'. Columns
// show as x-ranges that runs keep to line after line; rows as the starts of new cells. Each row comes back as the
// Word importer gives it: cell texts joined by " | ".
import type { LineRun, PdfLine } from './pdf-layout';

export interface TableRow {
  /** Indexes of the row's first and last line in the lines given. */
  from: number;
  to: number;
  cells: string[];
}

export interface PdfTable {
  from: number;
  to: number;
  rows: TableRow[];
}

/** Fewer columns than this is more often a signature block or a two-field header line than a table. */
const MIN_COLUMNS = 3;
/** How far (points) a step between rows may exceed the line spacing within a cell and still be that spacing. */
const SLACK = 0.3;
/** Lines further apart than this many character heights are not one table. */
const MAX_LINE_STEP = 3;

interface Column {
  left: number;
  right: number;
}

const overlaps = (run: LineRun, col: Column) => run.left < col.right - 1 && run.right > col.left + 1;

/** The columns a line's runs fall in, or null when a run straddles two columns (prose across the table). */
function placeRuns(line: PdfLine, columns: Column[]): (number | null)[] | null {
  const placed: (number | null)[] = [];
  for (const run of line.runs) {
    const hit = columns.flatMap((col, i) => (overlaps(run, col) ? [i] : []));
    if (hit.length > 1) return null;
    placed.push(hit.length === 1 ? hit[0] : null);
  }
  return placed;
}

/** Widens the columns by a line's runs; a run in no column yet opens one. */
function addRuns(columns: Column[], line: PdfLine): void {
  const placed = placeRuns(line, columns) ?? [];
  line.runs.forEach((run, i) => {
    const at = placed[i];
    if (at === null || at === undefined) {
      columns.push({ left: run.left, right: run.right });
    } else {
      columns[at].left = Math.min(columns[at].left, run.left);
      columns[at].right = Math.max(columns[at].right, run.right);
    }
  });
  columns.sort((a, b) => a.left - b.left);
}

/** The line can sit in a table set in `size` on the given columns, below `prev`. */
function fits(line: PdfLine, prev: PdfLine, columns: Column[], size: number): boolean {
  if (line.page !== prev.page) return false;
  if (Math.abs(line.size - size) > 0.15 * size) return false;
  const step = Math.abs(prev.y - line.y);
  if (step > MAX_LINE_STEP * size) return false;
  const placed = placeRuns(line, columns);
  if (placed === null) return false;
  // A run in no column yet must still lie across the table, not out in the margin.
  const span = { left: columns[0].left - size, right: columns[columns.length - 1].right + size };
  return line.runs.every((r, i) => placed[i] !== null || (r.left >= span.left && r.right <= span.right));
}

/**
 * The line spacing inside a cell, from the steps between runs of one column: the smallest step seen twice. Steps
 * across a row boundary are wider by the rule or padding between rows; with no wrapped cell, all steps are those.
 */
function cellPitch(steps: number[]): number | null {
  const sorted = [...steps].sort((a, b) => a - b);
  for (const step of sorted) {
    if (sorted.filter((s) => Math.abs(s - step) <= SLACK / 2).length >= 2) return step;
  }
  return sorted[0] ?? null;
}

/** Joins a cell's wrapped lines: nothing between Chinese text, a space between Latin words. */
function joinLines(parts: string[]): string {
  let text = '';
  for (const part of parts) {
    if (!text) text = part;
    else if (/[\u2E80-\u9FFF\uFF00-\uFFEF“”‘’]$/.test(text) || /^[\u2E80-\u9FFF\uFF00-\uFFEF“”‘’]/.test(part)) text += part;
    else text += ` ${part}`;
  }
  return text;
}

interface PlacedRun extends LineRun {
  line: number;
  column: number;
}

/** Cuts a table's lines into rows and each row into cells. */
function buildRows(lines: PdfLine[], from: number, to: number, columns: Column[], size: number): TableRow[] {
  const runs: PlacedRun[] = [];
  for (let i = from; i <= to; i += 1) {
    const placed = placeRuns(lines[i], columns) ?? [];
    lines[i].runs.forEach((run, k) => {
      // A run between columns (a centred cell in a column still empty above it) goes to the nearest one.
      const column =
        placed[k] ??
        columns.reduce((best, col, c) => {
          const d = Math.abs((col.left + col.right) / 2 - (run.left + run.right) / 2);
          const b = columns[best];
          return d < Math.abs((b.left + b.right) / 2 - (run.left + run.right) / 2) ? c : best;
        }, 0);
      runs.push({ ...run, line: i, column });
    });
  }

  // A line's baseline for spacing: its lowest run, since a run of digits alone sits higher than Chinese text.
  const base = (i: number) => Math.min(...lines[i].runs.map((r) => r.y));
  const steps: number[] = [];
  columns.forEach((_, c) => {
    const inColumn = runs.filter((r) => r.column === c);
    for (let k = 1; k < inColumn.length; k += 1) {
      const step = inColumn[k - 1].y - inColumn[k].y;
      if (step >= 0.9 * size) steps.push(step);
    }
  });
  const pitch = cellPitch(steps) ?? 1.5 * size;
  const full = (r: PlacedRun) => r.right >= columns[r.column].right - 0.5 * size;

  const starts = [from];
  for (let i = from + 1; i <= to; i += 1) {
    const step = base(i - 1) - base(i);
    // Rows are set apart by at least a rule or cell padding, so a step wider than the line spacing starts one.
    if (step > pitch + SLACK) {
      starts.push(i);
      continue;
    }
    // Where rows sit tight, a row starts where the first column takes up text on the line grid, unless another
    // column's full line above shows a cell still wrapping there.
    const rowStart = starts[starts.length - 1];
    const above = (c: number) =>
      runs.filter((r) => r.column === c && r.line < i && r.line >= rowStart && r.y - base(i) <= pitch + SLACK).pop();
    const here = runs.filter((r) => r.line === i);
    // A first column narrower than four characters (序号) never wraps, so text there always opens a cell.
    const firstAbove = above(0);
    const firstWraps = firstAbove !== undefined && full(firstAbove) && columns[0].right - columns[0].left > 4 * size;
    const opensFirst = here.some((r) => r.column === 0) && (firstAbove === undefined || !firstWraps);
    if (!opensFirst || step < pitch - SLACK) continue;
    const wrapping = here.some((r) => {
      if (r.column === 0) return false;
      const prev = above(r.column);
      return prev !== undefined && full(prev);
    });
    if (!wrapping) starts.push(i);
  }

  return starts.map((start, k) => {
    const end = k + 1 < starts.length ? starts[k + 1] - 1 : to;
    const cells = columns.map((_, c) => {
      const parts = runs.filter((r) => r.column === c && r.line >= start && r.line <= end).map((r) => r.text);
      return joinLines(parts);
    });
    return { from: start, to: end, cells };
  });
}

/** The tables among a document's lines (in reading order), each with its rows. */
export function findTables(lines: PdfLine[]): PdfTable[] {
  const tables: PdfTable[] = [];
  let i = 0;
  while (i < lines.length) {
    const seed = lines[i];
    if (seed.runs.length < MIN_COLUMNS) {
      i += 1;
      continue;
    }
    const size = seed.size;
    const columns: Column[] = seed.runs.map((r) => ({ left: r.left, right: r.right }));
    let from = i;
    let to = i;
    while (to + 1 < lines.length && fits(lines[to + 1], lines[to], columns, size)) {
      to += 1;
      addRuns(columns, lines[to]);
    }
    // A header cell that wraps puts a line or two above the first line with all columns.
    while (from > 0 && (tables.length === 0 || from - 1 > tables[tables.length - 1].to) && fits(lines[from - 1], lines[from], columns, size)) {
      from -= 1;
      addRuns(columns, lines[from]);
    }
    const multi = lines.slice(from, to + 1).filter((l) => l.runs.length >= 2).length;
    if (columns.length >= MIN_COLUMNS && multi >= 2) {
      tables.push({ from, to, rows: buildRows(lines, from, to, columns, size) });
      i = to + 1;
    } else {
      i += 1;
    }
  }
  return tables;
}
