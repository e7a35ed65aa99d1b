// An item that is only a heading over sub-items each headed by a title of their own: 「五、实施方案要点」 with nothing of
// its own, then 「1. 试点学院」, 「2. 学生选拔」 …, each a heading line over its paragraph (哈尔滨工业大学（威海）关于实施
// “工程领军人才培养计划”的指导性意见, 2016). Its siblings are one paragraph each under their headings; it groups
// items of the same weight, each its own piece of the work, so those are the measures and it is their heading — as the
// sub-measures rule reads an item whose sub-items each carry a duty line. Sub-points written in the item's own
// paragraph (「（1）校内实践：组建团队，…」) are no headings: they stay points of one measure.
import { readLabel, styleRank, type LabelStyle } from './policy-numbering';

const HEADING_MAX = 16;

/** A label line's own words read as a heading: short, not a sentence. */
function isHeading(rest: string): boolean {
  const t = rest.trim();
  return t !== '' && t.length <= HEADING_MAX && !/[。；;，,：:！？]/.test(t);
}

/**
 * Where an item's headed sub-items start, as indices into `lines` (the item's own label line first), or null: the item
 * writes nothing but its heading before its first sub-item; the sub-items are the first labelled style finer than the
 * item's, numbered 1, 2, 3 … in order, two at least, each a heading line over a line of text of its own.
 */
export function headedSubItemStarts(lines: readonly string[], itemStyle: LabelStyle): number[] | null {
  const rank = styleRank(itemStyle);
  const own = readLabel(lines[0] ?? '');
  if (!own || !isHeading(own.rest)) return null;
  const labels = lines.map((text, k) => (k === 0 ? null : readLabel(text)));
  const first = labels.find((l) => l !== null && styleRank(l.style) > rank);
  if (!first || labels[1] !== first) return null;
  const starts = labels.flatMap((l, k) => (l !== null && l.style === first.style ? [k] : []));
  if (starts.length < 2 || starts.some((k, n) => labels[k]?.value !== n + 1)) return null;
  const headed = starts.every((s, n) => {
    const end = starts[n + 1] ?? lines.length;
    return isHeading((labels[s] as NonNullable<(typeof labels)[number]>).rest) && end - s >= 2;
  });
  return headed ? starts : null;
}
