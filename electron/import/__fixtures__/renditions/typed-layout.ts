// A document's paragraphs typed into Word as a reader would retype them, for reading every keyed document back through
// Word and PDF: the first paragraph the title, each paragraph a paragraph, a date alone on its line and the short
// lines right above it (the signers) set to the right, each run of table rows (a | b | c) one real table, its first row the
// header, in columns of one width, and a category line (一、…) standing between two of its rows a band across it.
import type { Layout, LayoutBlock, LayoutRow } from './layout-docx';

const CATEGORY = /^[一二三四五六七八九十]+、/;
const DATE = /^(?:\d{4}|[〇○零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,2}月[\d一二三四五六七八九十]{1,3}日$/;
/** A signer's line: short, no sentence in it. */
const SIGNER = /^[^。；：，,;:]{2,30}$/;
/** A row as the importers give it (a | b | c), or as a copy marks one (| a | b |): two bars at least. */
const cellsOf = (text: string): string[] | null => {
  if ((text.match(/[|｜]/g) ?? []).length < 2) return null;
  return text.split(/\s*[|｜]\s*/).filter((c, i, all) => !(c === '' && (i === 0 || i === all.length - 1)));
};

export function typedLayout(source: string, paragraphs: string[]): Layout {
  const texts = paragraphs.map((t) => t.trim()).filter((t) => t !== '');
  const blocks: LayoutBlock[] = [];
  let rows: LayoutRow[] = [];
  const close = () => {
    const cells = rows.filter((r): r is string[] => Array.isArray(r));
    if (cells.length > 0) {
      const width = Math.max(...cells.map((r) => r.length));
      const pad = (r: LayoutRow): LayoutRow => (Array.isArray(r) ? [...r, ...Array<string>(width - r.length).fill('')] : r);
      blocks.push({ table: { widths: Array<number>(width).fill(1), header: pad(rows[0]) as string[], rows: rows.slice(1).map(pad) } });
    }
    rows = [];
  };
  texts.forEach((text, k) => {
    const cells = cellsOf(text);
    if (cells) {
      rows.push(cells);
      return;
    }
    // a category line between two rows: the next line that is no category is a row
    const next = texts.slice(k + 1).find((t) => !CATEGORY.test(t));
    if (rows.length > 0 && CATEGORY.test(text) && next !== undefined && cellsOf(next)) {
      rows.push({ band: text });
      return;
    }
    close();
    // the signers' lines: short lines without a sentence, up to the date below them
    let below = k + 1;
    while (below < texts.length && below - k <= 8 && SIGNER.test(texts[below]) && !DATE.test(texts[below])) below += 1;
    const signs = DATE.test(text) || (SIGNER.test(text) && DATE.test(texts[below] ?? ''));
    // bodies signing together are set apart on their line, as offices set them
    blocks.push(signs ? { p: text.replace(/ +/g, '\u3000\u3000\u3000\u3000'), kind: 'right' } : { p: text, kind: k === 0 ? 'title' : 'body' });
  });
  close();
  return { source, blocks };
}
