// An item that only groups measures, among items that are measures themselves. 「二、加大住房公积金和金融信贷支持」
// assigns no one, while each of its sub-items （一）（二） closes on a duty of its own (「责任单位：市住房公积金管理中心」);
// its siblings 一、 and 三、 each close on theirs. Read that way the sub-items are the measures and the item is
// their heading. An item whose own words assign a duty, or one sub-item of which assigns none, is left whole:
// its sub-items are points of one measure.
import { readLabel, styleRank, type LabelStyle } from './policy-numbering';

/**
 * Where an item's sub-measures start, as indices into `lines` (the item's own label line first), or null when
 * the item is a measure itself. The sub-items are the first labelled style finer than the item's, numbered
 * 1, 2, 3 … in order, at least two of them.
 */
export function subMeasureStarts(lines: readonly string[], itemStyle: LabelStyle, hasDuty: (text: string) => boolean): number[] | null {
  const rank = styleRank(itemStyle);
  const labels = lines.map((text, k) => (k === 0 ? null : readLabel(text)));
  const first = labels.find((l) => l !== null && styleRank(l.style) > rank);
  if (!first) return null;
  const starts = labels.flatMap((l, k) => (l !== null && l.style === first.style ? [k] : []));
  if (starts.length < 2 || starts.some((k, n) => labels[k]?.value !== n + 1)) return null;
  if (hasDuty(lines.slice(0, starts[0]).join('\n'))) return null;
  const parts = starts.map((s, n) => lines.slice(s, starts[n + 1] ?? lines.length).join('\n'));
  return parts.every(hasDuty) ? starts : null;
}
