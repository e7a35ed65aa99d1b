// Task tables (任务清单 / 任务分工表): one row per measure, with columns such as
//   序号 | 重点任务 | 具体措施 | 牵头单位 | 配合单位 | 完成时限
// Importers give a row as its cells joined by " | " (Markdown tables in text files look the same); a pasted
// spreadsheet or a PDF table arrives with its cells separated by whitespace only, which is read when the header
// row is. Each row becomes a measure whose text carries the responsibility and deadline as labelled lines
// (牵头单位：… / 完成时限：…), so the later steps read it like any other measure.
import type { Section } from '../types';
import { parseChineseNumber, toChineseNumber } from '../text/cn-numerals';
import { withoutYear } from '../text/cell-lines';
import { firstSentence, stripEnd } from './measure-text';
import type { PolicyLine } from './policy-lines';
import { looksLikeBody } from './departments';
import { readLabel } from './policy-numbering';
import { isBandLine } from './band-line';
import { repeatsSeq, seqMergedAway, withRepeatedRow } from './repeated-seq';
import { withUnheadedSeq } from './spanned-header';
import { withoutGroupRows } from './group-number-row';

/** A measure before it is numbered: the label and number as written, if any. */
export interface MeasureItem {
  label: string;
  value: number | null;
  section: string | null;
  /** The heading between the section and the item's level the item sits under, as written ("（二）"), if any. */
  group?: string;
  /** That heading's title (（二）提升政务服务效能。 → 提升政务服务效能). */
  groupTitle?: string;
  title: string;
  text: string;
  paragraphs: number[];
  /** A table row's responsibility and deadline, as labelled lines (also at the end of `text`). */
  duties?: string[];
}

/** The measures found in one part of a policy, with the sections they sit in. */
export interface MeasureRegion {
  sections: Section[];
  items: MeasureItem[];
  /** The numbering of the measures' level starts again in some section, counting items dropped as frame. */
  restarts?: boolean;
  /** The sections are the policy's （一） items, there being no 一、 level. */
  sectionsAsItems?: boolean;
}

export type Column = 'seq' | 'task' | 'lead' | 'support' | 'duty' | 'leader' | 'deadline' | 'category' | 'other';

/** The cells of a table row, or null when the line is not one (fewer than two cells). */
export function tableCells(text: string): string[] | null {
  if (!text.includes('|')) return null;
  const cells = text.replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim());
  return cells.length >= 2 ? cells : null;
}

export function isTableRow(text: string): boolean {
  return tableCells(text) !== null;
}

function columnOf(header: string): Column {
  const h = header.replace(/\s/g, '');
  if (/^(序号|编号|序)$/.test(h)) return 'seq';
  // the people answerable (责任领导, 牵头领导) are not bodies: their column assigns no department
  if (/领导|责任人|联系人/.test(h)) return 'leader';
  if (/牵头|主办|主责/.test(h)) return 'lead';
  if (/配合|协办|参与|协助|协同/.test(h)) return 'support';
  // a department's own plan names its internal offices: 责任处室, 责任科室, 责任处（室）; a plan's task list names
  // the bodies that carry each task forward (推进单位, 推进主体); in-charge-column: a bureau's own plan heads it 负责科室
  if (/(责任|负责|承办|实施|指导|落实|推进)(单位|部门|主体|[处科股]室|[处科][（(]室[）)])/.test(h)) return 'duty';
  if (/时限|时间|节点|期限/.test(h)) return 'deadline';
  if (/类别|领域|方面|板块|类型/.test(h)) return 'category';
  // 民生实事: the promises a government's work report lists
  // 具体要求: what each task asks, beside the task's name or kind
  // 项目名称: a list of projects names each project, the task
  if (/任务|措施|内容|事项|举措|工作|目标|实事|要求|项目/.test(h)) return 'task';
  return 'other';
}

/**
 * A header cell is a column's label: a few words, no sentence punctuation, no figure. A row whose task cell mentions
 * 领导 or 工作 (落实重点项目“领导+专班”等制度) is a row of the table, not its header repeated.
 */
const HEADER_CELL = /^[^。，；！？,;!?\d]{0,16}$/;

/**
 * kind-before-seq: a column left of the 序号 is merged down the rows it covers, the rows' kind, whatever its header
 * says (工作任务 | 序号 | 具体要求 | 责任科室), when a column of the task follows the 序号.
 */
function kindBeforeSeq(columns: Column[]): Column[] {
  const seq = columns.indexOf('seq');
  return columns.map((c, k) => (k < seq && c === 'task' && columns.slice(seq + 1).includes('task') ? 'category' : c));
}

function headerColumns(cells: string[]): Column[] | null {
  if (!cells.every((c) => HEADER_CELL.test(withoutYear(c.replace(/\s/g, ''))))) return null;
  const columns = kindBeforeSeq(cells.map(columnOf));
  const assigns = columns.some((c) => c === 'lead' || c === 'duty' || c === 'leader');
  return assigns && columns.includes('task') ? columns : null;
}

const SEPARATOR_ROW = /^[\s|:：\-—]+$/;
const EMPTY_CELL = /^(?:无|暂无|—+|-+|\/|／)$/;

const NAME_COLUMNS: readonly Column[] = ['lead', 'support', 'duty'];

/**
 * The cells of a row under `columns`. A short row lacks its leading cells (merged 序号, 类别). A long one was
 * split at spaces inside a cell: names next to a column of names belong to it (县住建局 县自然资源局), the
 * rest to the task.
 */
function alignCells(columns: Column[], cells: string[]): string[] {
  if (cells.length <= columns.length) return [...Array(columns.length - cells.length).fill(''), ...cells];
  const at = columns.indexOf('task');
  if (at < 0 || columns.lastIndexOf('task') !== at) return cells.slice(0, columns.length);
  const tail = cells.slice(cells.length - (columns.length - 1 - at));
  const middle = cells.slice(at, cells.length - tail.length);
  if (NAME_COLUMNS.includes(columns[at + 1]) && tail.length > 0) {
    while (middle.length > 1 && looksLikeBody(middle[middle.length - 1])) tail[0] = `${middle.pop()}、${tail[0]}`;
  }
  return [...cells.slice(0, at), middle.join(''), ...tail];
}

/** Reads the first task table in lines [start, end); empty when there is none. */
export function readTable(lines: PolicyLine[], start: number, end: number): MeasureRegion {
  const sections: Section[] = [];
  const items: MeasureItem[] = [];
  let columns: Column[] | null = null;
  let spacedTable = false;
  let section: string | null = null;
  let category = '';
  const taskCells: string[][] = [];
  const rows: { aligned: string[]; paragraphs?: number[] }[] = [];
  for (let i = start; i < end; i++) {
    const text = lines[i].text;
    if (!columns) {
      const piped = tableCells(text);
      columns = headerColumns(piped ?? lines[i].spaced ?? []);
      spacedTable = columns !== null && piped === null;
      continue;
    }
    const spaced = lines[i].spaced;
    // a spaced row fills the header's columns, or three at least: a line with one space is prose
    const piped = tableCells(text);
    // cells joined by " | " without borders: a row whose first or last cells are empty keeps them
    const unbordered = piped && text.split('|').map((c) => c.trim());
    const cells = (unbordered && unbordered.length === columns.length ? unbordered : piped) ?? (spacedTable && spaced && spaced.length >= Math.min(3, columns.length) ? spaced : null);
    if (SEPARATOR_ROW.test(text) || (cells && headerColumns(cells))) continue;
    if (!cells) {
      // A row merged into one cell is a section heading (一、…); any other line ends the table.
      const label = readLabel(text.replace(/^\|\s*/, '').replace(/\s*\|$/, ''));
      if (label && (label.style === 'cn' || label.style === 'chapter')) {
        section = label.numeral;
        sections.push({ number: label.numeral, title: firstSentence(label.rest) });
        continue;
      }
      if (isBandLine(text, i + 1 < end && isTableRow(lines[i + 1].text))) {
        section = toChineseNumber(sections.length + 1);
        sections.push({ number: section, title: firstSentence(text) });
        continue;
      }
      if (items.length > 0) break;
      continue;
    }
    const widened = withUnheadedSeq(columns, shiftedRow(columns, cells));
    if (widened) columns = kindBeforeSeq(widened);
    const mergedSeq = seqMergedAway(columns, cells);
    let aligned = alignCells(columns, shiftedRow(columns, cells));
    const previous = rows[rows.length - 1];
    const merged = previous && continuesRow(columns, previous.aligned, aligned);
    if (merged) {
      // a row a PDF page break cut in two: the second part completes the first
      aligned = previous.aligned.map((v, k) => v + aligned[k]);
      rows.pop();
      items.pop();
      taskCells.pop();
    }
    rows.push({ aligned });
    const paragraphs = merged ? [...new Set([...(previous.paragraphs ?? []), lines[i].para])] : [lines[i].para];
    rows[rows.length - 1].paragraphs = paragraphs;
    // an empty mark (无, —, /) fills a cell that names nobody
    const of = (c: Column) => columns!.map((col, k) => (col === c ? aligned[k] : '')).filter((v) => v !== '' && !EMPTY_CELL.test(v));

    const cat = of('category')[0];
    if (cat && cat !== category) {
      category = cat;
      const label = readLabel(cat);
      section = label ? label.numeral : toChineseNumber(sections.length + 1);
      sections.push({ number: section, title: firstSentence(label ? label.rest : cat) });
    }
    const tasks = of('task');
    if (tasks.length === 0) {
      rows.pop();
      continue;
    }
    const seq = of('seq')[0] ?? '';
    const value = parseChineseNumber(seq.replace(/[.．、]$/, ''));
    const labelled = [
      ...of('lead').map((v) => `牵头单位：${v}`),
      ...of('support').map((v) => `配合单位：${v}`),
      ...of('duty').map((v) => `责任单位：${v}`),
      ...of('deadline').map((v) => `完成时限：${v}`),
    ];
    const before = items[items.length - 1];
    // with one column of the task; under a group column, each row's own measure is a measure (具体措施 under 重点任务)
    const oneTask = columns.filter((c) => c === 'task').length === 1;
    if (!merged && before && oneTask && (repeatsSeq(before, seq, section) || (mergedSeq && before.section === section))) {
      items[items.length - 1] = withRepeatedRow(before, tasks.slice(taskCells[taskCells.length - 1].length > 1 ? 1 : 0), labelled, paragraphs);
      rows.pop();
      continue;
    }
    // numbered-requirement: a task cell opening on its item's number (1.积极推进…) is the measure's own text, the
    // short cell before it the name of its group; its title is its first sentence past the number.
    const own = tasks[tasks.length - 1];
    // With a short task name beside the measures, the name is the title.
    const title = ITEM_NUMBER.test(own)
      ? firstSentence(own.replace(ITEM_NUMBER, ''))
      : tasks.length > 1 && tasks[0].length <= 30
        ? stripEnd(tasks[0])
        : firstSentence(tasks.join('\n'));
    taskCells.push(tasks);
    items.push({
      label: seq,
      value: value !== null && Number.isInteger(value) && value > 0 ? value : null,
      section,
      title,
      text: [...tasks, ...labelled].join('\n'),
      paragraphs,
      duties: labelled,
    });
  }
  const kept = withoutGroupRows(items);
  return { sections, items: withOwnTitles(kept, taskCells.filter((_, k) => kept.includes(items[k]))) };
}

/** An item's number opening a cell: 「3.」, 「10．」, 「2、」. */
const ITEM_NUMBER = /^\d{1,3}[.．、](?!\d)\s*/;

/**
 * shifted-row: a row crawled without the cell merged down from the rows above (the group's name in the first column)
 * comes with its cells moved one to the left and an empty cell at its end: 「3.及时反馈…。 | 各科室 | |」 under
 * 工作任务 | 具体要求 | 责任部门. When the first column is a task's (the group's name) and the second one too, a row
 * whose first cell opens on an item's number and whose last cell is empty is put back one to the right.
 */
function shiftedRow(columns: Column[], cells: string[]): string[] {
  if (cells.length !== columns.length || columns[0] !== 'task' || columns[1] !== 'task') return cells;
  if (cells[cells.length - 1] !== '' || !ITEM_NUMBER.test(cells[0])) return cells;
  return ['', ...cells.slice(0, -1)];
}

const NAME_OR_TIME: readonly Column[] = ['lead', 'support', 'duty', 'deadline'];

/**
 * A row that only continues the one before (a PDF table row cut by a page break): it has no 序号 where the one
 * before had one, names no one and gives no time, and the one before stops mid-sentence.
 */
export function continuesRow(columns: Column[], before: string[], row: string[]): boolean {
  const seq = columns.indexOf('seq');
  if (seq < 0 || before[seq] === '' || row[seq] !== '') return false;
  if (columns.some((c, k) => NAME_OR_TIME.includes(c) && row[k] !== '')) return false;
  const tasks = columns.map((c, k) => (c === 'task' ? k : -1)).filter((k) => k >= 0);
  const lastBefore = tasks.map((k) => before[k]).filter((v) => v !== '').pop() ?? '';
  const firstHere = tasks.map((k) => row[k]).find((v) => v !== '') ?? '';
  return firstHere !== '' && lastBefore !== '' && !/[。！？；.!?;）)]$/.test(lastBefore);
}

/**
 * A short task name over several rows (a merged cell: 聚力推动“GPU浙江造” for rows 1–3) names their group, not
 * each row: those rows take their title from their own measure text. group-name-column: once the column names a
 * group over several rows, it is the column of groups in every row, and a group of one row (加强电力配套保障 over
 * row 23 alone) names its group too.
 */
function withOwnTitles(items: MeasureItem[], taskCells: string[][]): MeasureItem[] {
  const count = new Map<string, number>();
  for (const m of items) count.set(m.title, (count.get(m.title) ?? 0) + 1);
  const groups = [...count.values()].some((n) => n >= 2);
  return items.map((m, k) => {
    const cells = taskCells[k];
    if (!groups || cells.length < 2) return m;
    return { ...m, title: firstSentence(cells[cells.length - 1]) };
  });
}
