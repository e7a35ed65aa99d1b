// A small model of an official document, free of the docx library: the report and the notices are
// built as these blocks (pure, easy to test), then electron/export/docx-writer.ts turns them into a .docx file.

/** The typefaces of GB/T 9704 by role; the writer maps each to a font name. */
export type FontFace = 'fangsong' | 'heiti' | 'kaiti' | 'xiaobiaosong' | 'songti';

export interface Span {
  text: string;
  bold?: boolean;
  face?: FontFace;
}

export type TableAlign = 'left' | 'center' | 'right';

export interface TableColumn {
  header: string;
  /** Width in millimetres, or any weight: the writer scales the columns to the 156 mm text width. */
  weight: number;
  align?: TableAlign;
}

export type TableRowBlock =
  | { kind: 'cells'; cells: string[]; bold?: boolean }
  /** One cell across the whole table: the name of the group the following rows belong to. */
  | { kind: 'group'; text: string };

export type Block =
  | { kind: 'title'; text: string }
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  /** The addressee line (主送机关): flush left, ends with a full-width colon. */
  | { kind: 'addressee'; text: string }
  | { kind: 'paragraph'; spans: Span[]; align?: 'justify' | 'center' | 'right'; noIndent?: boolean; keepNext?: boolean }
  | { kind: 'blank' }
  | { kind: 'table'; columns: TableColumn[]; rows: TableRowBlock[] }
  /** A picture (PNG bytes) centred on its own line, `width` millimetres wide, its height kept in proportion. */
  | { kind: 'image'; png: Uint8Array; width: number; alt: string }
  /** Issuing office and date one blank line under the body, kept on one page with the body's last paragraph. */
  | { kind: 'signature'; office: string | null; date: string };

/** A document part that starts on a new page and numbers its pages from 1. */
export interface DocumentPart {
  blocks: Block[];
}

export interface OfficialDocument {
  /** Document properties: the title Word shows in the file's details. */
  title: string;
  parts: DocumentPart[];
}

export const text = (value: string, options: Omit<Span, 'text'> = {}): Span => ({ text: value, ...options });

export const paragraph = (...spans: (Span | string)[]): Block => ({
  kind: 'paragraph',
  spans: spans.map((s) => (typeof s === 'string' ? { text: s } : s)),
});

/** A closing formula on a line of its own: 特此通知。特此报告。特此通报。 */
const CLOSING_FORMULA = /^特此[\u4e00-\u9fff]{2}。$/u;

const spansText = (b: Block) => (b.kind === 'paragraph' ? b.spans.map((s) => s.text).join('').trim() : '');

/**
 * Appends the signature, keeping the last paragraph of the body on its page (never a page of only a signature).
 * Where that paragraph is only a closing formula (特此通知。), the paragraph before it comes along as well, so the
 * signature's page never holds the formula alone.
 */
export function withSignature(blocks: Block[], office: string | null, date: string): Block[] {
  const body = [...blocks];
  const keep = (i: number) => {
    const b = body[i];
    if (b?.kind !== 'paragraph') return false;
    body[i] = { ...b, keepNext: true };
    return true;
  };
  const last = body.length - 1;
  if (keep(last) && CLOSING_FORMULA.test(spansText(body[last]))) keep(last - 1);
  return [...body, { kind: 'signature', office, date }];
}

/** The document's words as plain lines, for a preview: one line per block, tables row by row. */
export function plainLines(blocks: readonly Block[]): string[] {
  const lines: string[] = [];
  for (const b of blocks) {
    if (b.kind === 'paragraph') lines.push(b.spans.map((s) => s.text).join(''));
    else if (b.kind === 'title' || b.kind === 'heading' || b.kind === 'addressee') lines.push(b.text);
    else if (b.kind === 'image') lines.push(`［图］${b.alt}`);
    else if (b.kind === 'signature') lines.push(...[b.office, b.date].filter((x): x is string => Boolean(x)));
    else if (b.kind === 'table') {
      lines.push(b.columns.map((c) => c.header).join('　'));
      for (const r of b.rows) lines.push(r.kind === 'group' ? r.text : r.cells.join('　'));
    }
  }
  return lines;
}
