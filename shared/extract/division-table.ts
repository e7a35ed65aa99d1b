// Part of step 3: a policy that numbers its measures in the text and assigns their duties in a division table
// (任务分工表) at the end. Each row names its measure by the text it copies, by task (a title one contains the
// other) or else by number;
// the row's labelled duty lines are added to that measure's text, so the later steps read them as usual.
import type { MeasureItem, MeasureRegion } from './policy-table';

/** Punctuation and brackets removed, for comparing a row's task with a measure's title. */
function titleKey(s: string): string {
  return s.replace(/[\s\p{P}“”‘’]/gu, '');
}

// A numbered line that only heads the table's rows stands right above the table's header or between the
// header and the first row (at most this many paragraphs before the first row).
const HEADING_REACH = 2;

/** The least of the numbers (Infinity for none): not Math.min(...list), which overflows the stack past ~100,000. */
function least(list: readonly number[]): number {
  let min = Infinity;
  for (const n of list) if (n < min) min = n;
  return min;
}

/**
 * Whether a numbered item is a heading of the table's own rows (一、徐国龙副市长重点工作 over 序号 | 内容与要求 |
 * 责任单位, or 一、潘东旭市长负责事项(共9项) between the header and row 1): it stands at the table and holds no more
 * than its title. The rows are grouped under it (here by the leader who takes them); it is no measure they divide.
 */
export function headsTheTable(item: MeasureItem, tableStart: number): boolean {
  if (item.paragraphs.length === 0 || least(item.paragraphs) < tableStart - HEADING_REACH) return false;
  return titleKey(item.text) === titleKey(item.title);
}

// restated-points: a table that restates the numbered points under short names of its own (政策解读, 政务服务) copies
// each point's text after its title sentence into a cell (工作内容): the row is that point's, however short its name.
// A copied text this long names one point only.
const RESTATED_MIN = 12;

/** A row's text without its title line and its duty lines: the cells that describe the task. */
function restatedText(row: MeasureItem): string {
  const lines = row.text.split('\n');
  const duties = new Set(row.duties ?? []);
  return lines.filter((l, k) => !(k === 0 && l === row.title) && !duties.has(l)).join('');
}

/**
 * The numbered measures with the duties of the rows that name them; rows that name none follow as measures of
 * their own. Null when more than half the rows name no measure: the table lists other tasks.
 */
export function assignFromTable(region: MeasureRegion, rows: MeasureItem[]): MeasureRegion | null {
  const tableStart = least(rows.flatMap((row) => row.paragraphs));
  const numbered = { ...region, items: region.items.filter((m) => !headsTheTable(m, tableStart)) };
  if (numbered.items.length === 0) return null;
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
  const byText = (row: MeasureItem) => {
    const key = titleKey(restatedText(row));
    return key.length >= RESTATED_MIN && pair(row, (m) => titleKey(m.text).includes(key));
  };
  const unmatched = rows.filter((row) => !byText(row)).filter((row) => !byTitle(row)).filter((row) => !byNumber(row));
  if (unmatched.length * 2 > rows.length) return null;

  const items = numbered.items.map((m) => ({ ...m }));
  for (const [k, row] of pairs) {
    items[k].text = [items[k].text, ...(row.duties ?? [])].join('\n');
    items[k].paragraphs = [...new Set([...items[k].paragraphs, ...row.paragraphs])];
  }
  return { sections: numbered.sections, items: [...items, ...unmatched.map((row) => ({ ...row, value: null }))], restarts: numbered.restarts, sectionsAsItems: numbered.sectionsAsItems };
}
