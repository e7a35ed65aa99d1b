// Layout rule (repeated-seq): a 序号 cell merged down two rows (one 民生实事 holding two tasks, each with its own
// time: 5 | 开工建设县老年养护楼。| 县民政局 | 5月底前动工 over 开工建设老年大学。| 12月底前) stands in both rows as the
// Word importer reads a merged cell, so both rows carry 5. The second row is more of the measure the first opened:
// its task and its times join that measure, not a measure of their own. Only the row right after, in the same
// section, with the same 序号; a 序号 written again further down (a table restarting its numbering) opens a measure.
// Pure.
import type { MeasureItem } from './policy-table';

/** The row's 序号 repeats the one just before it, in the same section. */
export function repeatsSeq(previous: MeasureItem | undefined, label: string, section: string | null): previous is MeasureItem {
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
