// group-number-row: a task table whose measures are numbered in one style ((1), (2)…) may set a group's heading
// between its rows as a row of its own, numbered in another style and naming no body
// (「1 | 大力提振消费。 | ||」 between (7) and (8)): a heading over the rows after it, no measure.
import type { MeasureItem } from './policy-table';
import { readLabel } from './policy-numbering';

/** The style of a 序号 cell holding a number alone: (1) → paren-arabic, 1. → arabic, 1 → bare; null otherwise. */
function seqStyle(seq: string): string | null {
  const s = seq.trim();
  if (s === '') return null;
  const label = readLabel(s);
  if (label) return label.rest.trim() === '' ? label.style : null;
  return /^\d{1,3}$/.test(s) ? 'bare' : null;
}

/** Whether a row names a body in any of its cells of bodies. */
const namesBody = (m: MeasureItem) => (m.duties ?? []).some((d) => /^(?:牵头|配合|责任)单位：/.test(d));

/**
 * The rows of a table without its numbered group headings: when every row naming a body is numbered in one style,
 * and there are two such rows at least, a row numbered in another style that names no body is dropped.
 */
export function withoutGroupRows(items: MeasureItem[]): MeasureItem[] {
  const named = items.filter(namesBody);
  const styles = new Set(named.map((m) => seqStyle(m.label)));
  if (named.length < 2 || styles.size !== 1 || styles.has(null)) return items;
  return items.filter((m) => {
    const style = seqStyle(m.label);
    return namesBody(m) || style === null || styles.has(style);
  });
}
