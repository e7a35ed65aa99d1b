// What a header cell of a gathered return heads (collected-return): the bodies a row answers for, those who only
// support them, or what was done. Read by the return's own reading and by the layout repair that puts a return
// copied one cell a line back into rows. Words as data in collected-return-words.ts. Pure.
import { normalizedText } from '../text/normalize';
import { ANSWERING_COLUMNS, PROGRESS_COLUMNS, SUPPORTING_COLUMNS } from './collected-return-words';

/** What a header cell says, without spaces or a note in brackets after it (责任单位（牵头单位列前）). */
const headText = (cell: string) =>
  normalizedText(cell)
    .replace(/\s/g, '')
    .replace(/[（(][^）)]*[）)]?$/, '');

export type ColumnKind = 'answering' | 'supporting' | 'progress' | null;

/** What a header cell heads: supporting is asked first, as 协同责任单位 holds 责任单位. */
export function columnKind(cell: string): ColumnKind {
  const head = headText(cell);
  if (head === '' || head.length > 12) return null;
  if (SUPPORTING_COLUMNS.some((w) => head.includes(w))) return 'supporting';
  if (ANSWERING_COLUMNS.some((w) => head.includes(w))) return 'answering';
  if (PROGRESS_COLUMNS.some((w) => head.includes(w))) return 'progress';
  return null;
}
