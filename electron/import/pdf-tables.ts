// Finds tables among a PDF page's lines and rebuilds their rows. On a page a table is only text at positions: cells
// on one baseline come out as one line, and a cell that wraps interleaves its lines with its neighbours'. Columns
// show as x-ranges that runs keep to line after line; rows as the starts of new cells. Each row comes back as the
// Word importer gives it: cell texts joined by " | ".
import type { LineRun, PdfLine, Rule } from './pdf-layout';
import { ruledRows } from './pdf-ruled-rows';

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
export const MIN_COLUMNS = 3;
/** How far (points) a step between rows may exceed the line spacing within a cell and still be that spacing. */
const SLACK = 0.3;
/** Lines further apart than this many character heights are not one table. */
export const MAX_LINE_STEP = 3;

interface Column {
  left: number;
  right: number;
  /**
   * A column opened by one short run in no column yet (not by the line the table was found from): perhaps a column
   * of its own, perhaps the left of a column whose header is centred (lone-fragment).
   */
  lone?: boolean;
}

const overlaps = (run: LineRun, col: Column) => run.left < col.right - 1 && run.right > col.left + 1;

/** More columns than this is not a report table (and would make placing runs cost columns × runs). */
export const MAX_COLUMNS = 40;

/** How far (points) two lines of one cell may begin apart. */
const ALIGNED = 2;

/**
 * The column a run falls in: null for none, undefined when it straddles two (prose across the table).
 * lone-fragment: the last line of a row carried onto the next page (「设。」) sits at its cell's left, short of the
 * centred header text above it, and so opens a column of its own; the next line of that cell, beginning where it
 * begins, reaches across both. Such a run falls in the column to the right, which takes the lone column in.
 */
function columnOf(run: LineRun, columns: Column[]): number | null | undefined {
  let hit: number | null = null;
  let second: number | null = null;
  for (let c = 0; c < columns.length; c += 1) {
    if (!overlaps(run, columns[c])) continue;
    if (second !== null) return undefined;
    if (hit === null) hit = c;
    else second = c;
  }
  if (hit === null || second === null) return hit;
  // the lone column is the cell's left, where the run begins too, the centred header's text to its right
  const lone = columns[hit];
  if (second !== hit + 1 || !lone.lone || columns[second].lone || Math.abs(run.left - lone.left) > ALIGNED) return undefined;
  return second;
}

/** The columns a line's runs fall in, or null when a run straddles two columns (prose across the table). */
function placeRuns(line: PdfLine, columns: Column[]): (number | null)[] | null {
  const placed: (number | null)[] = [];
  for (const run of line.runs) {
    const hit = columnOf(run, columns);
    if (hit === undefined) return null;
    placed.push(hit);
  }
  return placed;
}

/** Widens the columns by a line's runs; a run in no column yet opens one, and a lone column a run reaches is taken in. */
function addRuns(columns: Column[], line: PdfLine): void {
  const placed = placeRuns(line, columns) ?? [];
  const taken = new Set<Column>();
  line.runs.forEach((run, i) => {
    const at = placed[i];
    if (at === null || at === undefined) {
      columns.push({ left: run.left, right: run.right, lone: true });
      return;
    }
    const col = columns[at];
    for (const other of [columns[at - 1], columns[at + 1]]) {
      if (other?.lone && overlaps(run, other)) {
        taken.add(other);
        col.left = Math.min(col.left, other.left);
        col.right = Math.max(col.right, other.right);
      }
    }
    col.left = Math.min(col.left, run.left);
    col.right = Math.max(col.right, run.right);
    // a second line in a column of its own makes it one
    if (!taken.has(col)) delete col.lone;
  });
  for (const col of taken) columns.splice(columns.indexOf(col), 1);
  columns.sort((a, b) => a.left - b.left);
}

/** The line can sit in a table set in `size` on the given columns, below `prev`. */
function fits(line: PdfLine, prev: PdfLine, columns: Column[], size: number, rules: Rule[] = []): boolean {
  if (line.page !== prev.page) return false;
  if (Math.abs(line.size - size) > 0.15 * size) return false;
  const step = Math.abs(prev.y - line.y);
  if (step > MAX_LINE_STEP * size) return false;
  // Columns are capped, so a line with very many runs is no table line (checked before placing them).
  if (line.runs.length > MAX_COLUMNS) return false;
  const placed = placeRuns(line, columns);
  if (placed === null) return false;
  if (columns.length + placed.filter((p) => p === null).length > MAX_COLUMNS) return false;
  // A run in no column yet must still lie across the table, not out in the margin.
  const span = { left: columns[0].left - size, right: columns[columns.length - 1].right + size };
  // wrapped-header: a header's first line may hold only the wrapped narrow cells (序, 完成), out past the columns its
  // other lines set; in a ruled table, what lies inside the frame of rules just above or below the line is across it.
  for (const r of rules) {
    if (Math.abs(r.y - line.y) > MAX_LINE_STEP * size || r.right < columns[0].left || r.left > columns[columns.length - 1].right) continue;
    span.left = Math.min(span.left, r.left);
    span.right = Math.max(span.right, r.right);
  }
  return line.runs.every((r, i) => placed[i] !== null || (r.left >= span.left && r.right <= span.right));
}

/**
 * band-row: a line across the columns (a category row, 「一、推动芯片全链发展」, one cell spanning the table) between
 * two rules that run the table's width, just above and below it: a row of the table, not the prose it would pass for.
 * The band lies inside the frame those rules draw, which may reach past the columns' text: a header whose cells are
 * centred (序号 in the middle of its cell) sets the first column's text to the right of where a band's text begins.
 */
function isBand(line: PdfLine, prev: PdfLine, columns: Column[], size: number, rules: Rule[]): boolean {
  if (rules.length < 2 || line.page !== prev.page || Math.abs(line.size - size) > 0.15 * size) return false;
  if (Math.abs(prev.y - line.y) > MAX_LINE_STEP * size || placeRuns(line, columns) !== null) return false;
  const left = columns[0].left;
  const right = columns[columns.length - 1].right;
  const above = rules.filter((r) => r.y > line.y && r.y - line.y < 2 * size);
  const below = rules.filter((r) => r.y < line.y && line.y - r.y < 1.5 * size);
  if (!spansWidth(above, left + size, right - size) || !spansWidth(below, left + size, right - size)) return false;
  const frame = [...above, ...below];
  const frameLeft = Math.min(left, ...frame.map((r) => r.left));
  const frameRight = Math.max(right, ...frame.map((r) => r.right));
  return line.left >= frameLeft - size && line.right <= frameRight + size;
}

/**
 * wrapped-header: on a page with rules, a line above a table's first lines is its header's only inside the frame, with
 * a rule not far above it (the table's top border, or a rule of the header row); prose above the table has none.
 */
function underRule(line: PdfLine, size: number, rules: Rule[]): boolean {
  if (rules.length < 2) return true;
  return rules.some((r) => r.y > line.y && r.y - line.y <= 4 * size && r.left < line.right && r.right > line.left);
}

/** Rules (drawn whole or cell by cell) that together run from left to right without a gap. */
function spansWidth(rules: Rule[], left: number, right: number): boolean {
  let reached = left;
  for (const r of [...rules].sort((a, b) => a.left - b.left)) {
    if (r.left > reached + 1) break;
    reached = Math.max(reached, r.right);
  }
  return reached >= right;
}

/**
 * The line spacing inside a cell, from the steps between runs of one column: the smallest step seen twice. Steps
 * across a row boundary are wider by the rule or padding between rows; with no wrapped cell, all steps are those.
 */
function cellPitch(steps: number[]): number | null {
  const sorted = [...steps].sort((a, b) => a - b);
  // Sorted, so a step's nearest others are its neighbours.
  const near = (k: number, j: number) => j >= 0 && j < sorted.length && Math.abs(sorted[j] - sorted[k]) <= SLACK / 2;
  for (let k = 0; k < sorted.length; k += 1) {
    if (near(k, k - 1) || near(k, k + 1)) return sorted[k];
  }
  return sorted[0] ?? null;
}

/** Joins a cell's wrapped lines: nothing between Chinese text, a space between Latin words. */
export function joinLines(parts: string[]): string {
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

/**
 * The latest run of one column that lies no more than a line step above a baseline. A run is never the answer
 * while a later run sits at or below it, so only runs climbing from the latest back are kept, and the answer is
 * found by bisection: each run is added and looked up in O(log n).
 */
class ColumnAbove {
  private stack: PlacedRun[] = [];
  clear(): void {
    this.stack = [];
  }
  add(run: PlacedRun): void {
    while (this.stack.length > 0 && this.stack[this.stack.length - 1].y >= run.y) this.stack.pop();
    this.stack.push(run);
  }
  /** The latest run no more than `reach` above `baseline`. */
  latestWithin(baseline: number, reach: number): PlacedRun | undefined {
    let lo = 0;
    let hi = this.stack.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.stack[mid].y - baseline <= reach) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 ? this.stack[lo - 1] : undefined;
  }
}

/** Cuts a table's lines into rows and each row into cells. Linear in the runs, but for the bisections. */
function buildRows(lines: PdfLine[], from: number, to: number, columns: Column[], size: number, rules: Rule[] = [], bands: Set<number> = new Set()): TableRow[] {
  const centre = (x: { left: number; right: number }) => (x.left + x.right) / 2;
  // Runs per line, in line order.
  const byLine: PlacedRun[][] = [];
  for (let i = from; i <= to; i += 1) {
    const placed = placeRuns(lines[i], columns) ?? [];
    byLine.push(
      lines[i].runs.map((run, k) => {
        // A run between columns (a centred cell in a column still empty above it) goes to the nearest one.
        const column =
          placed[k] ??
          columns.reduce((best, col, c) => {
            const d = Math.abs(centre(col) - centre(run));
            return d < Math.abs(centre(columns[best]) - centre(run)) ? c : best;
          }, 0);
        return { ...run, line: i, column };
      }),
    );
  }
  const runsOf = (i: number) => byLine[i - from];
  const ruled = rules.length >= 2 ? ruledRows(byLine, columns, rules, size, joinLines, new Set([...bands].map((i) => i - from))) : null;
  if (ruled) return ruled.map((r) => ({ from: r.from + from, to: r.to + from, cells: r.cells }));

  // A line's baseline for spacing: its lowest run, since a run of digits alone sits higher than Chinese text.
  const baseOf = byLine.map((runs) => runs.reduce((m, r) => Math.min(m, r.y), Infinity));
  const base = (i: number) => baseOf[i - from];
  const steps: number[] = [];
  const lastIn: (PlacedRun | undefined)[] = columns.map(() => undefined);
  for (const runs of byLine) {
    for (const r of runs) {
      const prev = lastIn[r.column];
      if (prev) {
        const step = prev.y - r.y;
        if (step >= 0.9 * size) steps.push(step);
      }
      lastIn[r.column] = r;
    }
  }
  const pitch = cellPitch(steps) ?? 1.5 * size;
  const full = (r: PlacedRun) => r.right >= columns[r.column].right - 0.5 * size;

  const starts = [from];
  // Per column, the runs since the current row's start, for finding the one above a line.
  const aboveIn = columns.map(() => new ColumnAbove());
  for (let i = from + 1; i <= to; i += 1) {
    for (const r of runsOf(i - 1)) aboveIn[r.column].add(r);
    const step = base(i - 1) - base(i);
    // Rows are set apart by at least a rule or cell padding, so a step wider than the line spacing starts one.
    if (step > pitch + SLACK) {
      starts.push(i);
      aboveIn.forEach((a) => a.clear());
      continue;
    }
    // Where rows sit tight, a row starts where the first column takes up text on the line grid, unless another
    // column's full line above shows a cell still wrapping there.
    const above = (c: number) => aboveIn[c].latestWithin(base(i), pitch + SLACK);
    const here = runsOf(i);
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
    if (wrapping) continue;
    starts.push(i);
    aboveIn.forEach((a) => a.clear());
  }

  return starts.map((start, k) => {
    const end = k + 1 < starts.length ? starts[k + 1] - 1 : to;
    const parts: string[][] = columns.map(() => []);
    for (let i = start; i <= end; i += 1) for (const r of runsOf(i)) parts[r.column].push(r.text);
    return { from: start, to: end, cells: parts.map(joinLines) };
  });
}

/** The tables among a document's lines (in reading order), each with its rows; rows cut at the page's rules where it has them. */
export function findTables(lines: PdfLine[], rulesOf: (page: number) => Rule[] = () => []): PdfTable[] {
  const tables: PdfTable[] = [];
  // header-carried: a table's header line met again on a later page is its header repeated there, and the table goes
  // on in the columns it had: the rest of a row carried over (「活垃圾管理条例》的宣传培训…」) is a table line under it
  // though no other line of that page's part holds two cells.
  let carried: { page: number; header: string; columns: Column[] } | null = null;
  let i = 0;
  while (i < lines.length) {
    const seed = lines[i];
    if (seed.runs.length < MIN_COLUMNS || seed.runs.length > MAX_COLUMNS) {
      i += 1;
      continue;
    }
    const size = seed.size;
    const repeated = carried !== null && seed.page > carried.page && seed.text === carried.header;
    const columns: Column[] = repeated && carried ? carried.columns.map(({ left, right }) => ({ left, right })) : seed.runs.map((r) => ({ left: r.left, right: r.right }));
    let from = i;
    let to = i;
    const rules = rulesOf(seed.page);
    const bands = new Set<number>();
    for (;;) {
      if (to + 1 >= lines.length) break;
      if (fits(lines[to + 1], lines[to], columns, size, rules)) {
        to += 1;
        addRuns(columns, lines[to]);
      } else if (isBand(lines[to + 1], lines[to], columns, size, rules)) {
        to += 1;
        bands.add(to);
      } else break;
    }
    // A band row closes no table: one ending on it leaves it to the prose.
    while (bands.has(to)) {
      bands.delete(to);
      to -= 1;
    }
    // A header cell that wraps puts a line or two above the first line with all columns.
    // wrapped-header: where the narrow cells wrap (序/号, 完成/时限) no header line may hold three cells, so the table
    // is first seen below the header, and a category row right under the header (a band) must not stop the climb.
    while (from > 0 && (tables.length === 0 || from - 1 > tables[tables.length - 1].to)) {
      if (fits(lines[from - 1], lines[from], columns, size, rules) && underRule(lines[from - 1], size, rules)) {
        from -= 1;
        addRuns(columns, lines[from]);
      } else if (isBand(lines[from - 1], lines[from], columns, size, rules)) {
        from -= 1;
        bands.add(from);
      } else break;
    }
    // Nor does a band row open one: one with nothing of the table above it is left to the prose.
    while (bands.has(from) && from < to) {
      bands.delete(from);
      from += 1;
    }
    const multi = lines.slice(from, to + 1).filter((l) => l.runs.length >= 2).length;
    if (columns.length >= MIN_COLUMNS && (multi >= 2 || (repeated && to > i))) {
      tables.push({ from, to, rows: buildRows(lines, from, to, columns, size, rules, bands) });
      carried = { page: lines[to].page, header: seed.text, columns };
      i = to + 1;
    } else {
      i += 1;
    }
  }
  return tables;
}
