// Text runs laid on a PDF page the way a text layer gives them, and read back through the layout and its repair:
// for tests of how the gaps between runs are read.
import { repairParagraphs } from '../../../shared/text/repair';
import { layoutPdf, type PdfTextItem } from '../pdf-layout';

export const SIZE = 16;

/** Runs of Chinese on one baseline, each character one em wide, each run `gap` ems after the one before. */
export function line(runs: string[], gap: number, y = 700): PdfTextItem[] {
  const items: PdfTextItem[] = [];
  let x = 80;
  for (const str of runs) {
    items.push({ str, x, y, width: [...str].length * SIZE, size: SIZE });
    x += ([...str].length + gap) * SIZE;
  }
  return items;
}

/** The paragraphs one page of these runs reads as. */
export const read = (items: PdfTextItem[]): string[] => repairParagraphs(layoutPdf([{ number: 1, items }]).blocks).map((p) => p.text);
