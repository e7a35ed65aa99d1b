// space-overreach: a blank pdf.js item is cut at the start of the next item on its baseline.
import { describe, expect, it } from 'vitest';
import type { PdfTextItem } from './pdf-layout';
import { clipBlankWidths } from './pdfjs-text';

const at = (str: string, x: number, width: number, y = 438.2): PdfTextItem => ({ str, x, y, width, size: 16 });

describe('space-overreach: a space item reaches no further than the next item', () => {
  it('cuts a space twenty times too wide (达市府办发〔2022〕25 号 on a page drawn in twentieths of a point)', () => {
    const items = [at('25', 354.48, 16.01), at(' ', 370.49, 80.5), at('号', 374.52, 15.95)];
    expect(clipBlankWidths(items)[1].width).toBeCloseTo(4.03, 2);
  });
});

describe('space-overreach: negative cases', () => {
  it.each([
    ['a space that stops short of the next item', [at('A', 10, 10), at(' ', 20, 3), at('B', 30, 10)]],
    ['a wide gap between table cells', [at('序号', 10, 32), at(' ', 42, 120), at('责任单位', 162, 64)]],
    ['a space closing its line (the next item is on the line below)', [at('A', 10, 10), at(' ', 20, 50), at('B', 10, 10, 400)]],
    ['a text item wider than the gap', [at('ABC', 10, 40), at('D', 30, 10)]],
    ['a space last on the page', [at('A', 10, 10), at(' ', 20, 50)]],
  ])('%s', (_, items) => {
    expect(clipBlankWidths(items)).toEqual(items);
  });
});
