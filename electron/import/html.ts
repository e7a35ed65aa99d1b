// Web pages saved from a browser or by Word (.html, .htm), and the pages inside web archives (.mht, see mht.ts):
// the page's text as paragraphs. htmlparser2 tokenises the markup; this module turns its events into lines the
// way the page shows them: block elements end a line, a data table's row becomes one row line (cells joined by
// " | ", as the Word reader writes them), and a layout table (the cells of which hold whole paragraphs, as old
// government sites are built) gives its cells' paragraphs one after another. What a page shows around its text
// is left out: scripts, styles, forms' controls, and lines that are mostly links (menus, breadcrumbs, lists of
// other articles).
import iconv from 'iconv-lite';
import { Parser } from 'htmlparser2';
import { decodeText } from './decode-text';
import { ImportProblem, type Extracted } from './extracted';
import { FlowLines, flowExtracted, trimLine, visibleLength, type FlowLine } from './flow-lines';
import { isHan } from '../../shared/text/word-space';

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

/**
 * The spaces of a page's text as a browser shows them: a run of white space is one space, except a line break of the
 * source between two Chinese characters, which the page's author wrapped there and which shows as nothing (the
 * segment breaks of CSS); the spaces the author typed stay, for the layout repair to judge (word-space).
 */
export function collapseSpaces(data: string): string {
  return data.replace(/[\t\n\r\f ]+/g, (ws: string, at: number, whole: string) =>
    /[\n\r]/.test(ws) && isHan(whole[at - 1]) && isHan(whole[at + ws.length]) ? '' : ' ',
  );
}

/** Reads the markup into lines. */
class PageReader {
  readonly flow = new FlowLines();
  /** The page's declared article title (<meta name="ArticleTitle">), which CMS pages carry. */
  articleTitle: string | null = null;
  private hidden = 0;
  private links = 0;
  private headings = 0;
  /** For each open element, whether it made the text bold. */
  private readonly boldStack: boolean[] = [];
  private bold = 0;

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
    if (name === 'table') this.flow.startTable();
    else if (name === 'tr') this.flow.startRow();
    else if (name === 'td' || name === 'th') this.flow.startCell();
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
    if (name === 'td' || name === 'th') this.flow.endCell();
    else if (name === 'tr') this.flow.endRow();
    else if (name === 'table') this.flow.endTable();
  }

  text(data: string): void {
    if (this.hidden > 0) return;
    this.flow.add({ text: collapseSpaces(data), linked: this.links > 0, bold: this.bold > 0 || this.headings > 0 });
  }

  private endLine(): void {
    this.flow.endLine(this.headings > 0);
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
export function pageLines(markup: string): { lines: FlowLine[]; title: string | null } {
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
  const lines = reader.flow.finish().filter((l) => l.linked < LINK_SHARE * visibleLength(l.text));
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
  if (title && !lines.some((l) => squash(l.text).includes(squash(title)) || (squash(title).startsWith(squash(l.text)) && visibleLength(l.text) >= 8))) {
    lines.unshift({ text: title, linked: 0, bold: true, heading: true, row: false });
  }
  const warnings = decoded.encoding === 'gb18030' ? ['网页不是 UTF-8 编码，已按 GB18030（GBK）编码读取。'] : [];
  return flowExtracted(lines, format, decoded.encoding, warnings);
}
