// Glyphs set one after another on a baseline as PDFium gives them, cut into runs as the PDF reader cuts them: for tests
// of the spaces a PDF's text sets. Each glyph is one em wide; ' ' in the text is a space set there (it moves the pen
// by `space` ems and reaches the reader only as the mark on the glyph after it), '_' a gap of `space` ems with none set.
import { RunBuilder } from '../pdfium-text';
import type { PdfTextItem } from '../pdf-layout';
import { SIZE } from './pdf-runs';

export function setLine(text: string, space: number, y = 700): PdfTextItem[] {
  const runs = new RunBuilder();
  let x = 80;
  let afterSpace = false;
  for (const ch of text) {
    if (ch === ' ' || ch === '_') {
      x += space * SIZE;
      afterSpace = ch === ' ';
      continue;
    }
    runs.add({ ch, x, y, right: x + SIZE, size: SIZE, font: 'FangSong', bold: false, afterSpace });
    x += SIZE;
    afterSpace = false;
  }
  return runs.items;
}
