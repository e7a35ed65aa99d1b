// A table copied one cell a line, as layout blocks, and the rows joinCellLines makes of it: what the tests of the
// one-cell-a-line readers write their cases in.
import { joinCellLines } from '../cell-lines';
import type { LayoutBlock } from '../repair';

/** One block a line, each after the one before it in one text. */
export function cellBlocks(...texts: string[]): LayoutBlock[] {
  let at = 0;
  return texts.map((text) => {
    const block = { text, start: at, end: at + text.length };
    at += text.length + 1;
    return block;
  });
}

/** The rows joined from those lines, as text. */
export const cellRows = (...texts: string[]): string[] => joinCellLines(cellBlocks(...texts)).map((b) => b.text);
