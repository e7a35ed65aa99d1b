import { describe, expect, it } from 'vitest';
import { repairParagraphs } from '../../shared/text/repair';
import { layoutPdf, type PdfTextItem } from './pdf-layout';

// word-space in a PDF, negative cases: narrower gaps (a justified line, runs a generator cut) and letter-spacing
// (a spaced-out heading, whatever its gaps) close up as before.

const SIZE = 16;

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

describe('word-space in a PDF: gaps that part no words', () => {
  it.each([0.3, 0.5, 0.8])('closes up a gap of %s of a character inside a name', (gap) => {
    expect(read(line(['区市场', '监管局'], gap))).toEqual(['区市场监管局']);
  });

  it('closes up a heading spaced out a character apart', () => {
    expect(read(line(['工', '作', '报', '告'], 1))).toEqual(['工作报告']);
  });

  it('closes up a full character’s gap beside digits', () => {
    expect(read(line(['2021', '年'], 1))).toEqual(['2021年']);
  });
});
