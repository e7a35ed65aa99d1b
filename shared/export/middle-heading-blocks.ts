// The policy's middle headings (（一）深化商事制度改革) in an export that lists measures in order: each written once,
// as written, above the measures under it, as the ledger and `luoshi extract` write it. Set in 楷体 as a line of its
// own and left unnumbered by the document, so the document's own （一） headings stay its own.
import type { MiddleHeading } from '../types';
import { middleHeadingRuns, middleHeadingText } from '../extract/middle-headings';
import type { Block } from './document-model';

const headingLine = (h: MiddleHeading): Block => ({ kind: 'paragraph', spans: [{ text: middleHeadingText(h), face: 'kaiti' }], keepNext: true });

/** The blocks of each item, in order, with the middle heading of each run of items above it. */
export function underMiddleHeadings<T>(items: readonly T[], headingOf: (item: T) => MiddleHeading | undefined, blocks: (item: T, index: number) => Block[]): Block[] {
  const runs = middleHeadingRuns(items.map((item, index) => ({ item, index, middleHeading: headingOf(item) })));
  return runs.flatMap((run) => [...(run.heading ? [headingLine(run.heading)] : []), ...run.measures.flatMap((x) => blocks(x.item, x.index))]);
}
