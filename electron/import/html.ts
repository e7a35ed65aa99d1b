// Web pages saved from a browser or by Word (.html, .htm), and the pages inside web archives (.mht, see mht.ts):
// the page's text as paragraphs. htmlparser2 tokenises the markup; this module turns its events into lines the
// way the page shows them: block elements end a line, a data table's row becomes one row line (cells joined by
// " | ", as the Word reader writes them), and a layout table (the cells of which hold whole paragraphs, as old
// government sites are built) gives its cells' paragraphs one after another. What a page shows around its text
// is left out: scripts, styles, forms' controls, and lines that are mostly links (menus, breadcrumbs, lists of
// other articles).
import iconv from 'iconv-lite';
import { Parser } from 'htmlparser2';
import type { LayoutBlock } from '../../shared/text/repair';
import { decodeText } from './decode-text';
import { ImportProblem, type Extracted } from './extracted';

/** Elements whose content is never text of the page. */
const HIDDEN = new Set(['script', 'style', 'noscript', 'template', 'select', 'option', 'button', 'textarea', 'iframe', 'svg', 'object', 'map', 'title']);
/** Elements that start and end a line of their own. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'div', 'dl', 'dt', 'fieldset', 'figcaption',
  'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'html', 'li', 'main', 'nav', 'ol', 'p', 'pre',
  'section', 'ul',
]);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const BOLD_TAGS = new Set(['b', 'strong', ...HEADINGS]);
const BOLD_STYLE = /font-weight\s*:\s*(bold|[6-9]00)/i;
/** A line at least this share of whose characters are link text is navigation, not the page's text. */
const LINK_SHARE = 0.5;

interface Line {
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

/** Where lines go: the page, or a table cell (whose lines are placed when its row ends). */
type Sink = Line[];

interface Table {
  /** The sink the table's lines go to. */
  parent: Sink;
  /** Cells of the row being read. */
  row: Sink[] | null;
  /** The cell being read. */
  cell: Sink | null;
}

const visible = (s: string) => s.replace(/[\s\u00a0\u3000]/g, '').length;
const trimLine = (s: string) => s.replace(/^[\s\u00a0\u3000]+|[\s\u00a0\u3000]+$/g, '');

/** Reads the markup into lines. */
class PageReader {
  readonly lines: Sink = [];
  /** The page's declared article title (<meta name="ArticleTitle">), which CMS pages carry. */
  articleTitle: string | null = null;
  private sink: Sink = this.lines;
  private readonly tables: Table[] = [];
  private hidden = 0;
  private links = 0;
  private headings = 0;
  /** For each open element, whether it made the text bold. */
  private readonly boldStack: boolean[] = [];
  private bold = 0;
  private pieces: { text: string; linked: boolean; bold: boolean }[] = [];

  open(name: string, attrs: Record<string, string>): void {
    if (HIDDEN.has(name)) {
      this.hidden++;
      return;
    }
    if (name === 'meta' && (attrs.name ?? '').toLowerCase() === 'articletitle' && attrs.content) this.articleTitle = trimLine(attrs.content);
    if (name === 'br') {
      this.endLine();
      return;
    }
    if (BLOCK.has(name)) this.endLine();
    if (name === 'table') {
      this.endLine();
      this.tables.push({ parent: this.sink, row: null, cell: null });
    } else if (name === 'tr') {
      this.endRow();
      const table = this.tables.at(-1);
      if (table) table.row = [];
    } else if (name === 'td' || name === 'th') {
      this.endCell();
      const table = this.tables.at(-1);
      if (table) {
        table.row ??= [];
        table.cell = [];
        table.row.push(table.cell);
        this.sink = table.cell;
      }
    }
    if (name === 'a') this.links++;
    if (HEADINGS.has(name)) this.headings++;
    const bold = BOLD_TAGS.has(name) || BOLD_STYLE.test(attrs.style ?? '');
    this.boldStack.push(bold);
    if (bold) this.bold++;
  }

  close(name: string): void {
    if (HIDDEN.has(name)) {
      this.hidden = Math.max(0, this.hidden - 1);
      return;
    }
    if (name === 'br') return;
    if (BLOCK.has(name) || HEADINGS.has(name)) this.endLine();
    if (this.boldStack.pop()) this.bold--;
    if (name === 'a') this.links = Math.max(0, this.links - 1);
    if (HEADINGS.has(name)) this.headings = Math.max(0, this.headings - 1);
    if (name === 'td' || name === 'th') this.endCell();
    else if (name === 'tr') this.endRow();
    else if (name === 'table') this.endTable();
  }

  text(data: string): void {
    if (this.hidden > 0) return;
    this.pieces.push({ text: data.replace(/[\t\n\r\f ]+/g, ' '), linked: this.links > 0, bold: this.bold > 0 || this.headings > 0 });
  }

  finish(): void {
    while (this.tables.length > 0) this.endTable();
    this.endLine();
  }

  private endLine(): void {
    const pieces = this.pieces;
    if (pieces.length === 0) return;
    this.pieces = [];
    const text = trimLine(pieces.map((p) => p.text).join('').replace(/ {2,}/g, ' '));
    if (!text) return;
    const shown = pieces.filter((p) => visible(p.text) > 0);
    const line: Line = {
      text,
      linked: shown.filter((p) => p.linked).reduce((n, p) => n + visible(p.text), 0),
      bold: shown.every((p) => p.bold),
      heading: this.headings > 0,
      row: false,
    };
    const opening = shown.findIndex((p) => !p.bold);
    if (opening > 0) line.boldPrefix = trimLine(pieces.slice(0, pieces.indexOf(shown[opening])).map((p) => p.text).join('').replace(/ {2,}/g, ' '));
    this.sink.push(line);
  }

  private endCell(): void {
    const table = this.tables.at(-1);
    if (!table?.cell) return;
    this.endLine();
    table.cell = null;
    this.sink = table.parent;
  }

  /**
   * A row of one-line cells is a data row, read as one line; a row whose cells hold paragraphs (or a single cell)
   * lays the page out, and its cells' lines follow one another.
   */
  private endRow(): void {
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

  private endTable(): void {
    const table = this.tables.at(-1);
    if (!table) return;
    this.endRow();
    this.endLine();
    this.tables.pop();
    this.sink = table.parent;
  }
}

/** The charset a page declares in its first bytes (<meta charset> or the http-equiv form), lower case. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  return m ? m[1].toLowerCase() : null;
}

/**
 * The page's text: UTF-8 or GB18030 as the bytes show (a page saved from another site often declares one and holds
 * the other), else the charset declared (by the page or by the archive it came in), where that is another one.
 */
export function decodePage(bytes: Uint8Array, declared: string | null): { text: string; encoding: string } | null {
  const found = decodeText(bytes);
  if (found) return found;
  const charset = declared ?? declaredCharset(bytes);
  if (charset && iconv.encodingExists(charset)) return { text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), charset), encoding: charset };
  return null;
}

const UNDECODABLE = '无法识别网页的文字编码，读出的内容是乱码。请用浏览器打开后另存为“网页，仅 HTML”（UTF-8），或复制正文到 Word 另存为 .docx。';

/** The lines of a page's markup: the page's text without what surrounds it. */
export function pageLines(markup: string): { lines: Line[]; title: string | null } {
  const reader = new PageReader();
  const parser = new Parser(
    {
      onopentag: (name, attrs) => reader.open(name, attrs),
      onclosetag: (name) => reader.close(name),
      ontext: (data) => reader.text(data),
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(markup);
  parser.end();
  reader.finish();
  const lines = reader.lines.filter((l) => l.linked < LINK_SHARE * visible(l.text));
  return { lines, title: reader.articleTitle };
}

/** A web page (its bytes; `charset` as an archive declared it) as paragraphs. */
export function extractHtml(bytes: Uint8Array, charset: string | null = null, format: 'html' | 'mht' = 'html'): Extracted {
  const decoded = decodePage(bytes, charset);
  if (!decoded) throw new ImportProblem('garbled-text', UNDECODABLE);
  const { lines, title } = pageLines(decoded.text.replace(/^\uFEFF/, ''));
  // A CMS page names its article in its head; where the body shows the title only as an image or not at all, it
  // heads the text.
  const squash = (s: string) => s.replace(/[\s\u00a0\u3000]/g, '');
  if (title && !lines.some((l) => squash(l.text).includes(squash(title)) || (squash(title).startsWith(squash(l.text)) && visible(l.text) >= 8))) {
    lines.unshift({ text: title, linked: 0, bold: true, heading: true, row: false });
  }
  let text = '';
  const blocks: LayoutBlock[] = [];
  for (const line of lines) {
    if (text) text += '\n';
    const block: LayoutBlock = { text: line.text, start: text.length, end: text.length + line.text.length };
    if (line.bold) block.bold = true;
    else if (line.boldPrefix && line.text.startsWith(line.boldPrefix)) Object.assign(block, { bold: true, boldPrefix: line.boldPrefix });
    if (line.heading) block.heading = true;
    if (line.row) block.standalone = true;
    blocks.push(block);
    text += line.text;
  }
  const warnings = decoded.encoding === 'gb18030' ? ['网页不是 UTF-8 编码，已按 GB18030（GBK）编码读取。'] : [];
  return { format, text, blocks, pageCount: null, encoding: decoded.encoding, warnings };
}
