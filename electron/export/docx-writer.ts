// The one module that speaks the docx library: turns an OfficialDocument into .docx bytes laid out
// after GB/T 9704-2012. Fonts are set on the styles and again on every run, all four channels, so
// Word never falls back to a Latin theme font.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  ImageRun,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IRunOptions,
  type ISectionOptions,
} from 'docx';
import { stripXmlForbiddenDeep } from '../../shared/text/xml-safe';
import type { Block, OfficialDocument, Span, TableColumn, TableRowBlock } from '../../shared/export/document-model';
import { signatureIndents } from './signature';
import { titleLines } from './title-lines';
import {
  BODY_CHAR,
  BODY_LINE,
  FONT,
  FONT_ALT_NAME,
  PAGE,
  ptToHalfPoints,
  SIZE,
  TABLE_LINE,
  TEXT_WIDTH,
  TITLE_LINE,
  type FontFace,
} from './gbt9704';

const BLACK = '000000';

/** All four rFonts channels, so no script falls back to a theme font. */
function fonts(face: FontFace) {
  const name = FONT[face];
  return { ascii: name, hAnsi: name, eastAsia: name, cs: name };
}

function runStyle(face: FontFace, sizePt: number, bold = false) {
  const size = ptToHalfPoints(sizePt);
  return { font: fonts(face), size, sizeComplexScript: size, bold, boldComplexScript: bold, color: BLACK };
}

function run(span: Span, face: FontFace, sizePt: number, bold = false, extra: Partial<IRunOptions> = {}): TextRun {
  return new TextRun({ ...runStyle(span.face ?? face, sizePt, span.bold ?? bold), text: span.text, ...extra });
}

/** Title characters that fit a line, with half a character to spare for font metrics. */
const TITLE_CHARS_PER_LINE = Math.floor(TEXT_WIDTH / (SIZE.erhao * 20)) - 0.5;

const exactLine = (line: number) => ({ line, lineRule: LineRuleType.EXACT, before: 0, after: 0 });
const firstLineIndent = { firstLine: 2 * BODY_CHAR, firstLineChars: 200 };
const noIndent = { firstLine: 0, firstLineChars: 0 };

const HEADING_FACE: Record<1 | 2 | 3, { face: FontFace; bold: boolean; style: string }> = {
  1: { face: 'heiti', bold: false, style: 'Heading1' },
  2: { face: 'kaiti', bold: false, style: 'Heading2' },
  3: { face: 'fangsong', bold: true, style: 'Heading3' },
};

function headingStyle(level: 1 | 2 | 3) {
  const { face, bold } = HEADING_FACE[level];
  return {
    run: runStyle(face, SIZE.sanhao, bold),
    paragraph: { outlineLevel: level - 1, keepNext: true, spacing: exactLine(BODY_LINE), indent: firstLineIndent },
  };
}

function styles() {
  return {
    default: {
      document: {
        run: runStyle('fangsong', SIZE.sanhao),
        paragraph: { spacing: exactLine(BODY_LINE), alignment: AlignmentType.BOTH },
      },
      title: {
        run: runStyle('xiaobiaosong', SIZE.erhao),
        paragraph: { alignment: AlignmentType.CENTER, spacing: exactLine(TITLE_LINE), indent: noIndent },
      },
      heading1: headingStyle(1),
      heading2: headingStyle(2),
      heading3: headingStyle(3),
    },
    paragraphStyles: [
      {
        id: 'BodyText',
        name: 'Body Text',
        basedOn: 'Normal',
        quickFormat: true,
        run: runStyle('fangsong', SIZE.sanhao),
        paragraph: { spacing: exactLine(BODY_LINE), indent: firstLineIndent, alignment: AlignmentType.BOTH },
      },
      {
        id: 'TableText',
        name: 'Table Text',
        basedOn: 'Normal',
        run: runStyle('fangsong', SIZE.xiaosi),
        paragraph: { spacing: exactLine(TABLE_LINE), indent: noIndent, alignment: AlignmentType.LEFT },
      },
      {
        id: 'TableHeading',
        name: 'Table Heading',
        basedOn: 'TableText',
        run: runStyle('heiti', SIZE.xiaosi),
        paragraph: { spacing: exactLine(TABLE_LINE), indent: noIndent, alignment: AlignmentType.CENTER },
      },
      {
        id: 'Footer',
        name: 'footer',
        basedOn: 'Normal',
        run: runStyle('songti', SIZE.sihao),
        paragraph: { spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 }, indent: noIndent },
      },
    ],
  };
}

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.BOTH,
} as const;

/** A paragraph of body text; the paragraph mark carries the font too, so empty lines keep 三号 height. */
interface BodyOptions {
  align?: keyof typeof ALIGN;
  indent?: object;
  keepNext?: boolean;
}

function bodyParagraph(spans: Span[], options: BodyOptions = {}): Paragraph {
  return new Paragraph({
    style: 'BodyText',
    keepNext: options.keepNext,
    alignment: ALIGN[options.align ?? 'justify'],
    spacing: exactLine(BODY_LINE),
    indent: options.indent ?? firstLineIndent,
    run: runStyle('fangsong', SIZE.sanhao),
    autoSpaceEastAsianText: false,
    children: spans.map((s) => run(s, 'fangsong', SIZE.sanhao)),
  });
}

/** Integer column widths in twips that add up to the text width exactly. */
export function columnWidths(columns: TableColumn[], total = TEXT_WIDTH): number[] {
  const sum = columns.reduce((n, c) => n + c.weight, 0);
  const widths = columns.map((c) => Math.floor((c.weight / sum) * total));
  widths[widths.length - 1] += total - widths.reduce((n, w) => n + w, 0);
  return widths;
}

// 0.8 mm a side: room for a seven-column table's headers (按时报送率) each on one line.
const CELL_MARGINS = { top: 30, bottom: 30, left: 45, right: 45 };
const THIN = { style: BorderStyle.SINGLE, size: 4, color: BLACK };
const TABLE_BORDERS = { top: THIN, bottom: THIN, left: THIN, right: THIN, insideHorizontal: THIN, insideVertical: THIN };

interface CellOptions {
  style?: 'TableText' | 'TableHeading';
  align?: keyof typeof ALIGN;
  bold?: boolean;
  span?: number;
  /** Keep this row on the page of the next one (group names stay with their first row). */
  keepNext?: boolean;
}

function cell(content: string, width: number, { style = 'TableText', align = 'left', bold = false, span = 1, keepNext = false }: CellOptions = {}): TableCell {
  const face: FontFace = style === 'TableHeading' ? 'heiti' : 'fangsong';
  // Line breaks inside a cell value become separate paragraphs.
  const lines = content.split('\n');
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    columnSpan: span > 1 ? span : undefined,
    margins: CELL_MARGINS,
    verticalAlign: VerticalAlignTable.CENTER,
    children: lines.map(
      (line) =>
        new Paragraph({
          style,
          alignment: ALIGN[align],
          spacing: exactLine(TABLE_LINE),
          indent: noIndent,
          keepNext,
          autoSpaceEastAsianText: false,
          run: runStyle(face, SIZE.xiaosi, bold),
          children: [run({ text: line }, face, SIZE.xiaosi, bold)],
        }),
    ),
  });
}

function tableRow(row: TableRowBlock, columns: TableColumn[], widths: number[]): TableRow {
  if (row.kind === 'group') {
    const total = widths.reduce((n, w) => n + w, 0);
    return new TableRow({ cantSplit: true, children: [cell(row.text, total, { bold: true, span: columns.length, keepNext: true })] });
  }
  return new TableRow({
    cantSplit: true,
    children: columns.map((c, i) => cell(row.cells[i] ?? '', widths[i], { align: c.align, bold: row.bold })),
  });
}

function table(columns: TableColumn[], rows: TableRowBlock[]): Table {
  const widths = columnWidths(columns);
  // The header row repeats at the top of every page the table runs onto.
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map((c, i) => cell(c.header, widths[i], { style: 'TableHeading', align: 'center' })),
  });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: TABLE_BORDERS,
    rows: [header, ...rows.map((r) => tableRow(r, columns, widths))],
  });
}

function signature(office: string | null, date: string): Paragraph[] {
  const indents = signatureIndents(office, date);
  const line = (value: string, chars: number, keepNext: boolean) =>
    bodyParagraph([{ text: value }], { align: 'right', keepNext, indent: { ...noIndent, right: Math.round(chars * BODY_CHAR) } });
  return [
    bodyParagraph([], { keepNext: true }),
    ...(office ? [line(office, indents.office, true)] : []),
    line(date, indents.date, false),
  ];
}

/** A PNG's size in pixels from its header; null when the bytes are not a PNG. */
export function pngSize(png: Uint8Array): { width: number; height: number } | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (png.length < 24 || signature.some((b, i) => png[i] !== b)) return null;
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const width = view.getUint32(16);
  const height = view.getUint32(20);
  return width > 0 && height > 0 ? { width, height } : null;
}

/** Pixels at 96 to the inch (what the docx library measures pictures in) for a length in millimetres. */
const mmToPx = (mm: number) => Math.round((mm / 25.4) * 96);

/**
 * A picture on its own centred line, scaled to `widthMm` (at most the text width) with its proportions kept.
 * The line is as tall as the picture (an exact line height would cut it off). Bytes that are not a PNG draw nothing.
 */
function picture(png: Uint8Array, widthMm: number, alt: string): Paragraph[] {
  const size = pngSize(png);
  if (!size) return [];
  const width = Math.min(mmToPx(widthMm), Math.round(TEXT_WIDTH / 15));
  const height = Math.round((width * size.height) / size.width);
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 },
      indent: noIndent,
      keepNext: true,
      children: [new ImageRun({ type: 'png', data: png, transformation: { width, height }, altText: { name: alt, description: alt, title: alt } })],
    }),
  ];
}

function renderBlock(block: Block): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'title':
      return [
        new Paragraph({
          style: 'Title',
          alignment: AlignmentType.CENTER,
          spacing: exactLine(TITLE_LINE),
          indent: noIndent,
          run: runStyle('xiaobiaosong', SIZE.erhao),
          autoSpaceEastAsianText: false,
          // Lines broken by hand, balanced and at word boundaries, as GB/T 9704 asks of titles.
          children: titleLines(block.text, TITLE_CHARS_PER_LINE).map((line, i) =>
            run({ text: line }, 'xiaobiaosong', SIZE.erhao, false, i > 0 ? { break: 1 } : {}),
          ),
        }),
      ];
    case 'heading': {
      const { face, bold, style } = HEADING_FACE[block.level];
      return [
        new Paragraph({
          style,
          keepNext: true,
          spacing: exactLine(BODY_LINE),
          indent: firstLineIndent,
          run: runStyle(face, SIZE.sanhao, bold),
          autoSpaceEastAsianText: false,
          children: [run({ text: block.text }, face, SIZE.sanhao, bold)],
        }),
      ];
    }
    case 'addressee':
      return [bodyParagraph([{ text: block.text }], { indent: noIndent })];
    case 'paragraph':
      return [
        bodyParagraph(block.spans, {
          align: block.align,
          indent: block.noIndent ? noIndent : firstLineIndent,
          keepNext: block.keepNext,
        }),
      ];
    case 'blank':
      return [bodyParagraph([])];
    case 'table':
      return [table(block.columns, block.rows)];
    case 'image':
      return picture(block.png, block.width, block.alt);
    case 'signature':
      return signature(block.office, block.date);
  }
}

/** "— 1 —" in 宋体 四号, one character in from the outer edge: right on odd pages, left on even. */
function pageNumberFooter(side: 'odd' | 'even'): Footer {
  const style = runStyle('songti', SIZE.sihao);
  const oneChar = SIZE.sihao * 20;
  return new Footer({
    children: [
      new Paragraph({
        style: 'Footer',
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: oneChar } : { left: oneChar },
        run: style,
        autoSpaceEastAsianText: false,
        children: [new TextRun({ ...style, children: ['— ', PageNumber.CURRENT, ' —'] })],
      }),
    ],
  });
}

/** Font table entries so Word, missing a GB2312 font, substitutes a Chinese one rather than a Latin one. */
export function fontTableXml(): string {
  const entries = (Object.keys(FONT) as FontFace[])
    .map(
      (face) =>
        `<w:font w:name="${FONT[face]}"><w:altName w:val="${FONT_ALT_NAME[face]}"/><w:charset w:val="86"/>` +
        `<w:family w:val="${face === 'heiti' ? 'modern' : 'roman'}"/><w:pitch w:val="variable"/></w:font>`,
    )
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    entries +
    '</w:fonts>'
  );
}

/** Writes the document; characters XML 1.0 forbids are dropped from every text first, so the file always opens. */
export async function writeDocx(input: OfficialDocument): Promise<Buffer> {
  const document = stripXmlForbiddenDeep(input);
  const sections: ISectionOptions[] = document.parts.map((part) => ({
    properties: {
      page: {
        size: { width: PAGE.width, height: PAGE.height },
        margin: { ...PAGE.margin, header: PAGE.header, footer: PAGE.footer, gutter: 0 },
        pageNumbers: { start: 1 },
      },
      grid: { type: 'lines', linePitch: BODY_LINE },
    },
    footers: { default: pageNumberFooter('odd'), even: pageNumberFooter('even') },
    children: part.blocks.flatMap(renderBlock),
  }));
  const doc = new Document({
    title: document.title,
    creator: '',
    styles: styles(),
    theme: { fonts: { headings: { latin: FONT.heiti, eastAsia: FONT.heiti }, body: { latin: FONT.fangsong, eastAsia: FONT.fangsong } } },
    evenAndOddHeaderAndFooters: true,
    sections,
  });
  return Packer.toBuffer(doc, false, [{ path: 'word/fontTable.xml', data: fontTableXml() }]);
}
