// Layout rule (ruled-rows): a table printed with its borders shows its rows by its horizontal rules, which say what
// the text alone cannot: a cell set in the middle of its row (序号, 牵头单位 centred against a task of five lines) sits
// on a line of its own below the row's first line, and a cell merged down several rows (a task's group, a 牵头单位
// over rows 5–8) has no rule across it between those rows. Rows are cut at the rules; each column's cells at the
// rules that cross that column, so a merged cell stands in every row it spans, as the Word importer reads it. A
// table without at least two rules across it is left to the text's own spacing. A band row, one cell across the
// table, comes back as its text alone. Pure.
import type { LineRun, Rule } from './pdf-layout';

export interface RuledColumn {
  left: number;
  right: number;
}

export interface RuledRun extends LineRun {
  column: number;
}

/** Rules closer than this (points) are one: a border drawn twice, or two cells' borders side by side. */
const SAME_RULE = 1.5;
/** How far from the text's top and bottom (in character heights) a rule may lie and still be the table's. */
const REACH = 2.5;

export interface RuledRow {
  /** Indexes, into the lines given, of the row's first and last line. */
  from: number;
  to: number;
  cells: string[];
}

/** Distinct heights of the rules, top first. */
function heights(rules: Rule[]): number[] {
  const ys = rules.map((r) => r.y).sort((a, b) => b - a);
  const out: number[] = [];
  for (const y of ys) if (out.length === 0 || out[out.length - 1] - y > SAME_RULE) out.push(y);
  return out;
}

/** How many of the heights (top first) lie above y: the band y falls in. */
const bandOf = (ys: number[], y: number) => ys.filter((h) => h > y).length;

/**
 * The table's rows cut at its rules, or null when fewer than two rules cross it. `lines` holds each line's runs,
 * placed in columns; `join` joins a cell's lines.
 */
export function ruledRows(
  lines: RuledRun[][],
  columns: RuledColumn[],
  rules: Rule[],
  size: number,
  join: (parts: string[]) => string,
  bands: Set<number> = new Set(),
): RuledRow[] | null {
  const all = lines.flat();
  if (all.length === 0 || columns.length === 0) return null;
  const top = Math.max(...all.map((r) => r.y)) + REACH * size;
  const bottom = Math.min(...all.map((r) => r.y)) - REACH * size;
  const left = columns[0].left;
  const right = columns[columns.length - 1].right;
  const across = rules.filter((r) => r.y <= top && r.y >= bottom && r.left < right && r.right > left);
  const rows = heights(across);
  if (rows.length < 2) return null;
  // Per column, the heights of the rules that cross its middle.
  const crossing = columns.map((c) => {
    const mid = (c.left + c.right) / 2;
    return heights(across.filter((r) => r.left <= mid && r.right >= mid));
  });
  // A glyph's middle, above its baseline.
  const middle = (y: number) => y + 0.35 * size;

  const lineRow = lines.map((runs) => (runs.length === 0 ? -1 : bandOf(rows, middle(Math.min(...runs.map((r) => r.y))))));
  const out: RuledRow[] = [];
  let i = 0;
  while (i < lines.length) {
    const band = lineRow[i];
    let end = i;
    while (end + 1 < lines.length && (lineRow[end + 1] === band || lineRow[end + 1] === -1)) end += 1;
    // A band row (one cell across the table) comes back as its text alone.
    if (bands.has(i)) {
      out.push({ from: i, to: end, cells: [join(lines.slice(i, end + 1).flatMap((runs) => runs.map((r) => r.text)))] });
      i = end + 1;
      continue;
    }
    // The row's middle height, to find the cell of each column it lies in.
    const upper = band > 0 ? rows[band - 1] : top;
    const lower = band < rows.length ? rows[band] : bottom;
    const mid = (upper + lower) / 2;
    const cells = columns.map((_, c) => {
      const cell = bandOf(crossing[c], mid);
      const parts: string[] = [];
      for (const runs of lines) for (const r of runs) if (r.column === c && bandOf(crossing[c], middle(r.y)) === cell && middle(r.y) <= top && middle(r.y) >= bottom) parts.push(r.text);
      return join(parts);
    });
    out.push({ from: i, to: end, cells });
    i = end + 1;
  }
  return out;
}
