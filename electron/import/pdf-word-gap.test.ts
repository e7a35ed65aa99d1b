import { describe, expect, it } from 'vitest';
import { line, read, SIZE } from './__fixtures__/pdf-runs';
import type { PdfTextItem } from './pdf-layout';

// word-space in a PDF: the text layer gives no spaces, only gaps; a gap of a full character between two words of
// Chinese is the writer's space (two bodies named side by side in a joint document's title), and it is kept.


describe('word-space in a PDF: a full character’s gap between two words', () => {
  it('keeps the gap between two bodies named side by side', () => {
    expect(read(line(['河南省教育厅', '河南省财政厅'], 1))).toEqual(['河南省教育厅 河南省财政厅']);
  });

  it('keeps it where the text layer gives the gap as a space run', () => {
    const items = line(['来源：龙华区审计局', '日期：2019年01月16日'], 1);
    const space: PdfTextItem = { str: ' ', x: items[0].x + items[0].width, y: 700, width: SIZE, size: SIZE };
    expect(read([items[0], space, items[1]])).toEqual(['来源：龙华区审计局 日期：2019年01月16日']);
  });
});
