// Lines from formats that flow text rather than place it (web pages, RTF): runs of text are gathered into lines,
// a line ends where the format says a paragraph or a line ends, and tables are settled row by row. A row of
// one-line cells is a data row, read as one line of cells joined by " | " (as the Word reader writes a table's
// rows); a row whose cells hold paragraphs, or a single cell, lays a page out and gives its cells' lines in turn.
import type { LayoutBlock } from '../../shared/text/repair';
import type { Extracted } from './extracted';

export interface FlowLine {
  text: string;
  /** Characters (spaces aside) inside links. */
  linked: number;
  bold: boolean;
  /** The bold run the line opens with, where the rest is not bold (a measure's title phrase). */
  boldPrefix?: string;
  heading: boolean;
  /** A data table's row. */
  row: boolean;
}

export interface Run {
  text: string;
  linked?: boolean;
  bold?: boolean;
}

/** Where lines go: the document, or a table cell (whose lines are placed when its row ends). */
type Sink = FlowLine[];

interface Table {
  /** The sink the table's lines go to. */
  parent: Sink;
  /** Cells of the row being read. */
  row: Sink[] | null;
  /** The cell being read. */
  cell: Sink | null;
}

export const visibleLength = (s: string) => s.replace(/[\s\u00a0\u3000]/g, '').length;
export const trimLine = (s: string) => s.replace(/^[\s\u00a0\u3000]+|[\s\u00a0\u3000]+$/g, '');

export class FlowLines {
  readonly lines: Sink = [];
  private sink: Sink = this.lines;
  private readonly tables: Table[] = [];
  private runs: Run[] = [];

  /** A run of text of the line being built. */
  add(run: Run): void {
    this.runs.push(run);
  }

  /** Ends the line being built (nothing when it holds no text); `heading`: the line is a heading. */
  endLine(heading = false): void {
    const runs = this.runs;
    if (runs.length === 0) return;
    this.runs = [];
    const text = trimLine(runs.map((r) => r.text).join('').replace(/ {2,}/g, ' '));
    if (!text) return;
    const shown = runs.filter((r) => visibleLength(r.text) > 0);
    const line: FlowLine = {
      text,
      linked: shown.filter((r) => r.linked).reduce((n, r) => n + visibleLength(r.text), 0),
      bold: shown.every((r) => r.bold),
      heading,
      row: false,
    };
    const opening = shown.findIndex((r) => !r.bold);
    if (opening > 0) line.boldPrefix = trimLine(runs.slice(0, runs.indexOf(shown[opening])).map((r) => r.text).join('').replace(/ {2,}/g, ' '));
    this.sink.push(line);
  }

  get inTable(): boolean {
    return this.tables.length > 0;
  }

  startTable(): void {
    this.endLine();
    this.tables.push({ parent: this.sink, row: null, cell: null });
  }

  startRow(): void {
    this.endRow();
    const table = this.tables.at(-1);
    if (table) table.row = [];
  }

  startCell(): void {
    this.endCell();
    this.openCellIfNone();
  }

  /**
   * Opens a cell for the text that follows where none is open, leaving the line being built to it (formats that
   * only mark where a cell ends, as RTF does).
   */
  openCellIfNone(): void {
    const table = this.tables.at(-1);
    if (!table || table.cell) return;
    table.row ??= [];
    table.cell = [];
    table.row.push(table.cell);
    this.sink = table.cell;
  }

  endCell(): void {
    const table = this.tables.at(-1);
    if (!table?.cell) return;
    this.endLine();
    table.cell = null;
    this.sink = table.parent;
  }

  /** Drops the open cell and what it holds (a cell continuing a vertical merge repeats the one above it). */
  discardCell(): void {
    const table = this.tables.at(-1);
    if (!table?.cell || !table.row) return;
    this.runs = [];
    table.row.pop();
    table.cell = null;
    this.sink = table.parent;
  }

  endRow(): void {
    const table = this.tables.at(-1);
    if (!table?.row) return;
    this.endCell();
    const cells = table.row;
    table.row = null;
    const data = cells.length >= 2 && cells.every((c) => c.length <= 1 && !c.some((l) => l.row));
    if (!data) {
      for (const cell of cells) table.parent.push(...cell);
      return;
    }
    const lines = cells.map((c) => c[0] ?? null);
    // Empty cells at the row's end say nothing (a field left blank, a spacer column).
    while (lines.length > 0 && lines[lines.length - 1] === null) lines.pop();
    if (lines.length === 0) return;
    if (lines.length === 1) {
      table.parent.push(lines[0]!);
      return;
    }
    table.parent.push({
      text: lines.map((l) => l?.text ?? '').join(' | '),
      linked: lines.reduce((n, l) => n + (l?.linked ?? 0), 0),
      bold: false,
      heading: false,
      row: true,
    });
  }

  endTable(): void {
    const table = this.tables.at(-1);
    if (!table) return;
    this.endRow();
    this.endLine();
    this.tables.pop();
    this.sink = table.parent;
  }

  /** Ends whatever is open; the lines are then complete. */
  finish(): FlowLine[] {
    while (this.tables.length > 0) this.endTable();
    this.endLine();
    return this.lines;
  }
}

/** The lines as a document's text and blocks. */
export function flowExtracted(lines: FlowLine[], format: Extracted['format'], encoding: string, warnings: string[]): Extracted {
  let text = '';
  const blocks: LayoutBlock[] = [];
  for (const line of lines) {
    if (text) text += '\n';
    const block: LayoutBlock = { text: line.text, start: text.length, end: text.length + line.text.length, typedSpaces: true };
    if (line.bold) block.bold = true;
    else if (line.boldPrefix && line.text.startsWith(line.boldPrefix)) Object.assign(block, { bold: true, boldPrefix: line.boldPrefix });
    if (line.heading) block.heading = true;
    if (line.row) block.standalone = true;
    blocks.push(block);
    text += line.text;
  }
  return { format, text, blocks, pageCount: null, encoding, warnings };
}
