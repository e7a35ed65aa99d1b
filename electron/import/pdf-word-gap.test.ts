import { describe, expect, it } from 'vitest';
import { repairParagraphs } from '../../shared/text/repair';
import { layoutPdf, type PdfTextItem } from './pdf-layout';

// word-space in a PDF: the text layer gives no spaces, only gaps; a gap of a full character between two words of
// Chinese is the writer's space (two bodies named side by side in a joint document's title), and it is kept.

const SIZE = 16;

/** Runs of Chinese on one baseline, each character one em wide, each run `gap` ems after the one before. */
function line(runs: string[], gap: number, y = 700): PdfTextItem[] {
  const items: PdfTextItem[] = [];
  let x = 80;
  for (const str of runs) {
    items.push({ str, x, y, width: [...str].length * SIZE, size: SIZE });
    x += ([...str].length + gap) * SIZE;
  }
  return items;
}

const read = (items: PdfTextItem[]) => repairParagraphs(layoutPdf([{ number: 1, items }]).blocks).map((p) => p.text);

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
