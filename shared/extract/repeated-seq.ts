// Layout rule (repeated-seq): a 序号 cell merged down two rows (one 民生实事 holding two tasks, each with its own
// time: 5 | 开工建设县老年养护楼。| 县民政局 | 5月底前动工 over 开工建设老年大学。| 12月底前) is more of one measure in
// both rows: the second row's task and times join the measure the first opened, not a measure of their own. A PDF
// printed with its borders shows the merged cell against both rows, so both carry 5 (only the row right after, in
// the same section, with the same 序号: one written again further down opens a measure); Word and a spreadsheet
// leave a merged cell that opens the row out, so the second row is short on the left by its 序号. Only in a table
// with one column of the task: where a group column (重点任务) stands beside it, each 具体措施 row under a merged 序号
// is a measure of its own. Pure.
import type { Column, MeasureItem } from './policy-table';

/** The row lacks its leading cells up to the 序号 (merged from the row above, and so left out). */
export function seqMergedAway(columns: Column[], cells: string[]): boolean {
  const seq = columns.indexOf('seq');
  return seq >= 0 && cells.length < columns.length && seq < columns.length - cells.length;
}

/** The row's 序号 repeats the one just before it, in the same section. */
export function repeatsSeq(previous: MeasureItem | undefined, label: string, section: string | null): boolean {
  return previous !== undefined && label !== '' && previous.label === label && previous.section === section;
}

/** The measure with the repeated row's tasks and duty lines added (a duty line it already has is not written twice). */
export function withRepeatedRow(previous: MeasureItem, tasks: string[], duties: string[], paragraphs: number[]): MeasureItem {
  const had = previous.duties ?? [];
  const added = duties.filter((d) => !had.includes(d));
  const lines = previous.text.split('\n');
  const taskLines = lines.slice(0, lines.length - had.length);
  return {
    ...previous,
    text: [...taskLines, ...tasks, ...had, ...added].join('\n'),
    paragraphs: [...new Set([...previous.paragraphs, ...paragraphs])],
    duties: [...had, ...added],
  };
}
