// Writes a policy's layout (a hand-made <name>.layout.json: its paragraphs as typed and its tables as header and rows)
// as a Word document the way an office types one (A4, GB/T 9704's margins): 仿宋 body with a two-character indent,
// 黑体 headings, a 小标宋 title, real tables in 五号 with the header row repeated on each page a table breaks onto and
// cells merged down (vMerge) where the layout says so.
import {
  AlignmentType,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlignTable,
  VerticalMergeType,
  WidthType,
} from 'docx';

/** A cell: its paragraphs; null continues the cell above it (merged down); span widens it over several columns. */
export type LayoutCell = string | string[] | null | { text: string | string[]; span: number };
/** A row of cells, or a band: one cell across the whole table (a category row such as 「一、推动芯片全链发展」). */
export type LayoutRow = LayoutCell[] | { band: string };

export interface LayoutTable {
  /** Relative widths of the columns. */
  widths: number[];
  header: LayoutCell[];
  rows: LayoutRow[];
}

export type LayoutBlock =
  | { p: string; kind?: 'title' | 'heading' | 'plain' | 'right' | 'body' }
  | { table: LayoutTable };

export interface Layout {
  /** The committed text the cells were taken from, and the key it is scored against. */
  source: string;
  /** The policy's title and 发文字号 as the document prints them, where it prints them (read, not extracted). */
  title?: string;
  docNumber?: string | null;
  blocks: LayoutBlock[];
}

const fonts = (eastAsia: string) => ({ ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia, cs: 'Times New Roman' });
const FANGSONG = fonts('仿宋_GB2312');
const HEITI = fonts('黑体');
const TITLE = fonts('方正小标宋简体');
const BODY = 32; // 三号, half-points
const CELL = 21; // 五号
/** A4 with the margins of GB/T 9704 (37, 35, 28 and 26 mm), twips. */
const PAGE = { width: 11906, height: 16838 };
const MARGIN = { top: 2098, bottom: 1984, left: 1587, right: 1474 };
const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;

function paragraph(text: string, kind: NonNullable<Extract<LayoutBlock, { p: string }>['kind']>): Paragraph {
  const spacing = { line: 560, lineRule: 'exact' as const };
  switch (kind) {
    case 'title':
      return new Paragraph({ alignment: AlignmentType.CENTER, spacing, children: [new TextRun({ text, font: TITLE, size: 40 })] });
    case 'heading':
      return new Paragraph({ indent: { firstLine: 2 * BODY * 10 }, spacing, children: [new TextRun({ text, font: HEITI, size: BODY })] });
    case 'plain':
      return new Paragraph({ spacing, children: [new TextRun({ text, font: FANGSONG, size: BODY })] });
    case 'right':
      return new Paragraph({ alignment: AlignmentType.RIGHT, spacing, children: [new TextRun({ text, font: FANGSONG, size: BODY })] });
    default:
      return new Paragraph({ indent: { firstLine: 2 * BODY * 10 }, spacing, children: [new TextRun({ text, font: FANGSONG, size: BODY })] });
  }
}

const cellParagraphs = (text: string | string[], bold: boolean, centred: boolean) =>
  (typeof text === 'string' ? [text] : text).map(
    (t) =>
      new Paragraph({
        ...(centred ? { alignment: AlignmentType.CENTER } : {}),
        children: [new TextRun({ text: t, font: bold ? HEITI : FANGSONG, size: CELL })],
      }),
  );

function table({ widths, header, rows }: LayoutTable): Table {
  const total = widths.reduce((a, b) => a + b, 0);
  const twips = widths.map((w) => Math.round((w / total) * TEXT_WIDTH));
  const columns = widths.length;
  /** Whether the cell below (row r+1, column c) continues this one. */
  const continued = (r: number, c: number) => {
    const next = rows[r + 1];
    return Array.isArray(next) && next[c] === null;
  };
  const cellsOf = (cells: LayoutCell[], r: number, head: boolean) => {
    const out: TableCell[] = [];
    let column = 0;
    for (const cell of cells) {
      const span = cell !== null && typeof cell === 'object' && !Array.isArray(cell) ? cell.span : 1;
      const text = cell === null ? '' : typeof cell === 'object' && !Array.isArray(cell) ? cell.text : cell;
      const width = twips.slice(column, column + span).reduce((a, b) => a + b, 0);
      const merge = cell === null ? VerticalMergeType.CONTINUE : !head && continued(r, column) ? VerticalMergeType.RESTART : undefined;
      out.push(
        new TableCell({
          width: { size: width, type: WidthType.DXA },
          columnSpan: span > 1 ? span : undefined,
          verticalAlign: VerticalAlignTable.CENTER,
          ...(merge ? { verticalMerge: merge } : {}),
          children: cell === null ? [new Paragraph({})] : cellParagraphs(text, head, head || (typeof text === 'string' && text.length <= 8)),
        }),
      );
      column += span;
    }
    return out;
  };
  return new Table({
    columnWidths: twips,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: cellsOf(header, -1, true) }),
      ...rows.map((row, r) =>
        Array.isArray(row)
          ? new TableRow({ cantSplit: false, children: cellsOf(row, r, false) })
          : new TableRow({ children: cellsOf([{ text: row.band, span: columns }], r, false) }),
      ),
    ],
  });
}

/** The layout as the bytes of a .docx. */
export async function layoutDocx(layout: Layout): Promise<Buffer> {
  const children = layout.blocks.map((b) => ('table' in b ? table(b.table) : paragraph(b.p, b.kind ?? 'body')));
  const doc = new Document({
    sections: [
      {
        properties: {
          page: {
            size: PAGE,
            margin: MARGIN,
          },
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
