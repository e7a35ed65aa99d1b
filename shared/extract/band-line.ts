// Layout rule (band-line): a task table's band row, one cell across the table naming the group of the rows under it
// (行动一：再造发展新极行动（综合区域整体焕新行动）), comes out of Word or a bordered PDF as a line of its own between
// the rows. It heads the rows after it, as a 一、 row does, and does not end the table: a short line without
// sentence punctuation or comma, with a row of the table right after it. Pure.

/** Longest band: a group's name with its bracketed gloss. */
const MAX_BAND = 60;

/** The line (not itself a row) heads the table's rows after it; `nextIsRow`: the next line is a row of the table. */
export function isBandLine(text: string, nextIsRow: boolean): boolean {
  const t = text.trim();
  if (!nextIsRow || t === '' || t.length > MAX_BAND || t.includes('|')) return false;
  return !/[。；;！？!?，,]/.test(t);
}
