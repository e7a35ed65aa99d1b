// Part of step 3: a policy that numbers its measures in the text and assigns their duties in a division table
// (任务分工表) at the end. Each row names its measure by task (a title one contains the other) or else by number;
// the row's labelled duty lines are added to that measure's text, so the later steps read them as usual.
import type { MeasureItem, MeasureRegion } from './policy-table';

/** Punctuation and brackets removed, for comparing a row's task with a measure's title. */
function titleKey(s: string): string {
  return s.replace(/[\s\p{P}“”‘’]/gu, '');
}

/**
 * The numbered measures with the duties of the rows that name them; rows that name none follow as measures of
 * their own. Null when more than half the rows name no measure: the table lists other tasks.
 */
export function assignFromTable(numbered: MeasureRegion, rows: MeasureItem[]): MeasureRegion | null {
  const taken = new Set<number>();
  const pairs: [number, MeasureItem][] = [];
  const pair = (row: MeasureItem, match: (m: MeasureItem) => boolean) => {
    const k = numbered.items.findIndex((m, j) => !taken.has(j) && match(m));
    if (k < 0) return false;
    taken.add(k);
    pairs.push([k, row]);
    return true;
  };
  const byTitle = (row: MeasureItem) => {
    const key = titleKey(row.title);
    return key.length >= 4 && pair(row, (m) => titleKey(m.title).includes(key) || key.includes(titleKey(m.title)));
  };
  const byNumber = (row: MeasureItem) => row.value !== null && pair(row, (m) => m.value === row.value);
  const unmatched = rows.filter((row) => !byTitle(row)).filter((row) => !byNumber(row));
  if (unmatched.length * 2 > rows.length) return null;

  const items = numbered.items.map((m) => ({ ...m }));
  for (const [k, row] of pairs) {
    items[k].text = [items[k].text, ...(row.duties ?? [])].join('\n');
    items[k].paragraphs = [...new Set([...items[k].paragraphs, ...row.paragraphs])];
  }
  return { sections: numbered.sections, items: [...items, ...unmatched.map((row) => ({ ...row, value: null }))], restarts: numbered.restarts };
}
