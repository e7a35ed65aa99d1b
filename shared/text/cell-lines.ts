// Layout rule: a task table copied from a web page or a document one cell a line. The header's cells stand on
// lines of their own (序号 / 民生实事 / 责任单位 / 完成时限), then each row: its 序号 alone on a line (which would
// otherwise pass for a page number), the task, one line per body of its responsibility cell, its deadline. The
// rows are put back together as " | "-joined table rows, the way importers give the rows of a real table:
//   1 | 启动县图书馆新馆建设。 | 县文体广新局、县代建中心 | 12月底前
// A row may hold a second task under the same 序号 and bodies (a merged cell): 开工建设县老年养护楼。 / 县民政局 /
// 5月底前动工 / 开工建设老年大学。 / 12月底前 is one row with two tasks and two deadlines.
// Only a plain header is read this way: 序号 first, one column of bodies (…单位 or …部门), at most one of time
// (…时限, …时间), and the task. Lines after the last row that carry no body and no time are left as they were.
// A header with columns beyond these (序号 / 改革举措 / 主要内容 / 指导部门 / 推广范围: the first other column is the
// task, the rest are details) is read one line a cell: each row is exactly as many lines as the header has cells
// after 序号, and its bodies' cell must name bodies. Category rows across all columns (「一、知识产权保护方面（共5项）」)
// stand between rows as lines of their own and are kept so; after one, 序号 may jump (rows left out of the copy),
// and the first row may be any number: a department's extract of the whole table keeps the table's 序号.
// A header with two columns of bodies side by side, the lead's and the supporters' (主要责任单位 / 协同配合单位,
// 牵头单位 / 配合单位), and otherwise plain, is read by its kinds of cell: after the task, the first cell that names
// bodies is the lead's (with the next line when it breaks after 、), the cells of bodies after it are the
// supporters' (one cell wrapped over lines), then the deadline; lines after these (a report's 落实情况 written
// under the row) stay lines of their own. A lead's cell of two bodies on two lines without a 、 between them
// cannot be told from a lead and a supporter; it is read as the latter.
// Pure.
import type { LayoutBlock } from './repair';
import { isGroupCell, isGroupHeader, splitNames, withoutClosingBracket } from './group-column';
import { columnKind, type ColumnKind } from '../submission/return-columns';

type Cell = 'seq' | 'group' | 'task' | 'names' | 'support' | 'time' | 'detail' | 'leader';

const SEQ_HEAD = /^(?:序号|编号|序)$/;
// a department's own plan names its internal offices: 责任处室, 牵头科室, 责任处（室）
const NAMES_HEAD = /(?:单位|部门|[处科股]室|[处科][（(]室[）)])$/;
// 时限要求: the time a task is asked to be done by
const TIME_HEAD = /(?:时限|时间|期限|节点)(?:要求)?$/;
// Leader-column rule: a table with the lead's and the supporters' columns may close on the people answerable for each
// row (序号 / 主要工作举措 / 牵头单位 / 配合单位 / 责任领导, 沈阳市辽中区). Its rows are read by kinds of cell, so a row
// whose leader's cell is empty (four lines where the others have five) still ends at the next 序号; a line after the
// supporters that is a person's name (冯冬昌, 「张三、李四」) is that row's leader's cell, never a paragraph of its own.
const LEADER_HEAD = /(?:领导|责任人)$/;
const PERSON = /^[\u4e00-\u9fa5]{2,4}(?:[、，,][\u4e00-\u9fa5]{2,4})*$/;
/** A header cell: a short label without punctuation (具体工作任务和要求 runs to nine characters). */
const HEAD_CELL = /^[\u4e00-\u9fa5（）()]{1,10}$/;
/** Year-label: a header cell of a year's list may open on that year (2024年建设内容, 2025年度目标); the label without it. */
export const withoutYear = (t: string) => t.replace(/^(?:19|20)\d{2}年度?(?=[\u4e00-\u9fa5])/, '');
const isHeadCell = (t: string) => HEAD_CELL.test(withoutYear(t));

// an industrial park or development zone answers as a body (青浦工业园区, 经济开发区)
const NAME_END = /(?:局|委|办|室|中心|政府|院|会|站|所|队|处|部|厅|馆|社|联|协|行|公司|街道|镇|乡|指挥部|署|领导小组|工业园区|开发区)$/;
const TIME_WORDS = /\d{1,2}月|月底|年底|年内|季度|上半年|下半年|\d{4}年|长期|持续|常态|每月|每季|前$/;

/** A category row across all columns: 「一、知识产权保护方面（共5项）」, no sentence of its own. */
const CATEGORY = /^[一二三四五六七八九十]{1,3}、[^。；]{2,40}$/;

const text = (b: LayoutBlock) => b.text.replace(/[\s\u3000]+/g, '');
const seqOf = (b: LayoutBlock | undefined) => (b !== undefined && /^\d{1,3}$/.test(text(b)) ? Number(text(b)) : null);
const isCategory = (b: LayoutBlock | undefined) => b !== undefined && CATEGORY.test(text(b));
/** The index of the first line from `at` on that is no category row. */
function pastCategories(blocks: LayoutBlock[], at: number): number {
  let k = at;
  while (isCategory(blocks[k])) k++;
  return k;
}

/** The header's columns when blocks[at…] is a plain header followed by the first row's 1, or by category rows
 *  and then the first row under any number; else null. A second column of bodies next to the first is the
 *  supporters' ('support'), in a header without detail columns. */
function header(blocks: LayoutBlock[], at: number): Cell[] | null {
  if (!SEQ_HEAD.test(text(blocks[at]))) return null;
  const labels: string[] = [];
  for (let k = at + 1; k < blocks.length && k < at + 8; k++) {
    const t = text(blocks[k]);
    if (seqOf(blocks[k]) !== null || isCategory(blocks[k])) break;
    if (!isHeadCell(t)) return null;
    labels.push(t);
  }
  const cells = columnsOf(labels);
  if (!cells) return null;
  const past = pastCategories(blocks, at + cells.length);
  const first = seqOf(blocks[past]);
  return first === 1 || (first !== null && first > 0 && (past > at + cells.length || extractRows(blocks, past, first))) ? cells : null;
}

// extract-rows: a department's extract of a whole table may keep the table's 序号 with no category row before its first
// row (南陵县 2024年《政府工作报告》重点工作目标任务分解表, the education bureau's rows 80 and 81). A first row under any
// number is taken when the next row's 序号 follows it (one to three on) within the lines a row may hold; a lone
// number after a header's labels with no second row after it is no table's.
/** The number before an extract's first row at `at` (past category rows), or 0 for a table read from its start. */
function extractStart(blocks: LayoutBlock[], at: number): number {
  const k = pastCategories(blocks, at);
  const n = seqOf(blocks[k]);
  return k === at && n !== null && n > 1 && extractRows(blocks, k, n) ? n - 1 : 0;
}

/** Whether the row numbered `first` at `at` is followed, within a row's lines, by the next row's 序号. */
function extractRows(blocks: LayoutBlock[], at: number, first: number): boolean {
  for (let k = at + 1; k < blocks.length && k <= at + 12; k++) {
    const n = seqOf(blocks[k]);
    if (n !== null) return n > first && n <= first + 3;
  }
  return false;
}

/** The columns a header's labels after 序号 name; null when they are not a plain header's (one column of bodies,
 *  one of the task, at most one of time, no detail column beside a supporters' one). */
function columnsOf(labels: string[]): Cell[] | null {
  const cells: Cell[] = ['seq'];
  for (const t of labels) {
    const names = NAMES_HEAD.test(t);
    cells.push(names && cells[cells.length - 1] === 'names' ? 'support' : names ? 'names' : TIME_HEAD.test(t) ? 'time' : cells.includes('task') ? 'detail' : 'task');
  }
  // group-column: the group's column, then the task's
  if (cells[1] === 'task' && cells[2] === 'detail' && isGroupHeader(labels[0], labels[1])) [cells[1], cells[2]] = ['group', 'task'];
  const count = (c: Cell) => cells.filter((x) => x === c).length;
  if (count('names') !== 1 || count('task') !== 1 || count('time') > 1) return null;
  // leader-column: after the supporters' column, the people answerable (责任领导) stand in a column of their own;
  // leader-before-bodies: or between the task and the bodies (目标与任务 / 分管县领导 / 牵头责任单位 / 责任单位)
  if (cells.includes('support')) cells.forEach((c, k) => c === 'detail' && k > cells.indexOf('task') && LEADER_HEAD.test(labels[k - 1]) && (cells[k] = 'leader'));
  if (cells.includes('support') && cells.includes('detail')) return null;
  return cells;
}

// Wrapped-labels rule: a header copied one cell a line from a table whose columns were narrow, so that a label
// wraps over two lines (责任 / 领导, 责任 / 科室, 攻坚目标 / 任务) and a column's label stands over the period it
// covers (工作任务安排 / 第二季度). The first two rows tell how many cells a row has: the lines from the first
// row's 1 to the second's 2. The header's lines are folded into as many cells: a line that names no column on its
// own (责任, 牵头) opens a cell the next line closes, a period (第二季度, 上半年, 1-6月) joins the cell above it,
// and while the lines are still too many, a line of two characters joins the cell before it (任务 under 攻坚目标).
// Read only when some line was folded and the folded labels make a header with detail columns (one line a cell).
/** A label that names a column on its own: it ends on a word of a column's name. */
const COLUMN_WORD = /(?:序号|工作|任务|目标|措施|内容|举措|事项|实事|单位|部门|[处科股]室|领导|责任人|时限|时间|节点|期限|情况|安排|进度|成果|指标|要求)$/;
/** A period a column's label stands over: a quarter, a half-year, months. */
const PERIOD = /^(?:第?[一二三四]季度|[上下]半年|\d{1,2}(?:[-—~至]\d{1,2})?月)$/;

function wrappedHeader(blocks: LayoutBlock[], at: number): { columns: Cell[]; labels: string[]; size: number } | null {
  if (!SEQ_HEAD.test(text(blocks[at]))) return null;
  let first = at + 1;
  while (first < blocks.length && first < at + 16 && text(blocks[first]) !== '1') first++;
  if (first >= blocks.length || text(blocks[first]) !== '1') return null;
  const lines = blocks.slice(at + 1, first).map(text);
  if (lines.length === 0 || !lines.every((t) => HEAD_CELL.test(t) && t.length <= 8)) return null;
  let second = first + 1;
  while (second < blocks.length && second < first + 16 && text(blocks[second]) !== '2') second++;
  if (second >= blocks.length || text(blocks[second]) !== '2') return null;
  const need = second - first - 1;
  const cells: string[] = [];
  let open = '';
  for (const t of lines) {
    if (open !== '') {
      cells.push(open + t);
      open = '';
    } else if (PERIOD.test(t) && cells.length > 0) cells[cells.length - 1] += t;
    else if (!COLUMN_WORD.test(t)) open = t;
    else cells.push(t);
  }
  if (open !== '') return null;
  for (let k = 1; k < cells.length && cells.length > need; k++) {
    if (cells[k].length <= 2) {
      cells[k - 1] += cells[k];
      cells.splice(k--, 1);
    }
  }
  if (cells.length !== need || cells.length === lines.length || !cells.every((t) => HEAD_CELL.test(t))) return null;
  const columns = columnsOf(cells);
  return columns && columns.includes('detail') ? { columns, labels: cells, size: 1 + lines.length } : null;
}

// second-name-cell: a body may be written with its second name in brackets after it (发改局(服务业发展局), 县发改局(粮食局):
// one office under two names); the name before the bracket is the body's, when the bracket itself names a body. A
// bracket of anything else (建设综合服务中心(二期), 完成验收(年底前)) leaves the cell what it was.
const SECOND_NAME = /[（(]([^（）()]{2,12})[）)]$/;
/** The name a body's cell part is read by: without a second name in brackets after it. */
export function withoutSecondName(name: string): string {
  const second = SECOND_NAME.exec(name);
  return second && NAME_END.test(second[1]) ? name.slice(0, second.index) : name;
}
const isName = (t: string) => t.length <= 24 && !/[。，；！？]/.test(t) && t.split('、').every((n) => NAME_END.test(withoutSecondName(n)));
/** A cell of bodies in a row read one line a cell: every name of it a body's, however many. Collective-close: the
 *  list may close on every body of a kind after 等 (「科技中心、…、高新投公司等各部门」), as a duty cell may. */
const isNameList = (t: string) =>
  !/[。，；！？]/.test(t) &&
  t.split('、').every((n, k, all) => n.length <= 20 && (NAME_END.test(withoutSecondName(n)) || (k === all.length - 1 && /^[^等]{2,}等各(?:有关|相关)?(?:部门|单位)$/.test(n))));
/** A leader's cell: one person's name or a few, never a body's, a time or a sentence. */
const isLeaderCell = (t: string) => PERSON.test(t) && !isDutyCell(t) && !isTime(t);
const isTime = (t: string) => t.length <= 20 && !/[。；]/.test(t) && TIME_WORDS.test(t);
/** Endings of the collective names a duty cell lists beside bodies (市政府各部门、各直属机构, 魏武国控集团), and of a
 *  task force set up for the work (区“两旧”专班, 工作专班). */
const COLLECTIVE_END = /(?:部门|机构|机关|单位|集团|企业|乡镇|街道|专班)$/;
/** A duty cell (or a line of one wrapped): bodies' names between 、 or commas, ending at most on 等 and a stop. */
function isDutyCell(t: string): boolean {
  const items = splitNames(t.replace(/等?[。；;]?$/, '')).map(withoutClosingBracket);
  return items.length > 0 && items.every((n) => n.length <= 20 && !/[。：:！？]/.test(n) && (NAME_END.test(n) || COLLECTIVE_END.test(n)));
}
/** A cell's lines joined: a line broken after 、 runs on, other lines are names of their own. */
const joinNames = (lines: string[]) => lines.reduce((s, l) => (s === '' ? l : /[、，,]$/.test(s) ? s + l : `${s}、${l}`), '');

interface DutyRow {
  cells: Record<Cell, string>;
  used: number;
}

/** A row of a table with the lead's and the supporters' columns, from its lines after the 序号: task, lead,
 *  supporters, deadline. `used` counts the lines read; the rest are not the row's cells. */
function dutyRow(lines: string[], leaderFirst = false): DutyRow {
  let k = 1;
  while (k < lines.length && !isDutyCell(lines[k])) k++;
  // no cell of bodies: the first line is the task, the rest is not the row's
  if (k === lines.length) return { cells: { seq: '', group: '', task: lines[0] ?? '', names: '', support: '', time: '', detail: '', leader: '' }, used: Math.min(1, lines.length) };
  // leader-before-bodies: the person's cell right before the bodies is the leader's, no line of the task
  const leader = leaderFirst && k > 1 && isLeaderCell(lines[k - 1]) ? lines[k - 1] : '';
  const task = lines.slice(0, leader === '' ? k : k - 1);
  const lead = [lines[k++]];
  while (k < lines.length && /[、，,]$/.test(lead[lead.length - 1]) && isDutyCell(lines[k])) lead.push(lines[k++]);
  const support: string[] = [];
  while (k < lines.length && isDutyCell(lines[k]) && !isTime(lines[k])) support.push(lines[k++]);
  const times: string[] = [];
  while (k < lines.length && isTime(lines[k])) times.push(lines[k++]);
  return { cells: { seq: '', group: '', task: task.join(''), names: joinNames(lead), support: joinNames(support), time: times.join('；'), detail: '', leader }, used: k };
}

interface SubRow {
  task: string[];
  names: string[];
  times: string[];
}

/** A row's cells after its 序号, read in order: task, bodies, deadline, and again for a second task. */
function subRows(cells: string[]): SubRow[] {
  const out: SubRow[] = [];
  let state: 'task' | 'after-task' | 'after-time' = 'task';
  for (const c of cells) {
    const current = out[out.length - 1];
    if (state === 'task' || (state === 'after-time' && !isTime(c))) {
      out.push({ task: [c], names: [], times: [] });
      state = 'after-task';
    } else if (isTime(c)) {
      current.times.push(c);
      state = 'after-time';
    } else if (isName(c)) current.names.push(c);
    else current.task.push(c);
  }
  return out;
}

function joined(blocks: LayoutBlock[], cellText: string): LayoutBlock {
  return { text: cellText, start: blocks[0].start, end: blocks[blocks.length - 1].end, page: blocks[0].page, standalone: true };
}


/** The index of the next row's 序号 from `at` on (past category rows, after which 序号 may jump), or null. */
function nextRow(blocks: LayoutBlock[], at: number, seq: number): number | null {
  const k = pastCategories(blocks, at);
  const n = seqOf(blocks[k]);
  if (n === null || n <= seq) return null;
  return k > at || n <= seq + 3 ? k : null;
}

// spaced-names-cell: a bodies' cell may set its names apart by a space instead of 、 (「县教体局 各相关乡镇政府」, 吉水县
// 10件民生实事任务分解表): where every part between the spaces ends as a body's or a collective name does, the spaces
// are the list's separators, not spaces to drop (which would run the names into one). A cell with any other part
// (「县 教体局」, a name broken by a space) is read as before.
/** A bodies' cell with its names set apart by spaces given 、 between them; any other cell as text() gives it. */
export function spacedNames(b: LayoutBlock): string {
  const parts = b.text.trim().split(/[\s\u3000]+/);
  return parts.length > 1 && parts.every((p) => p.length >= 3 && (NAME_END.test(p) || COLLECTIVE_END.test(p))) ? parts.join('、') : text(b);
}

/** A row of a header with detail columns: one line a cell, its bodies' cell naming bodies, and how many lines it
 *  takes; else null. Bodies-cell-lines: where the bodies' column stands before a detail column (责任单位 / 事项内容), a
 *  cell of several bodies may hold one a line (万盛街道 / 东林街道 / 万东镇); the lines after its first that are bodies'
 *  names join it while the row, up to the next row's 序号 or the end, has lines to spare. */
function fixedRow(blocks: LayoutBlock[], at: number, columns: Cell[]): { cells: string[]; size: number } | null {
  const names = columns.indexOf('names');
  const seq = seqOf(blocks[at]);
  let extra = 0;
  if (names > 0 && columns[names + 1] === 'detail') {
    let end = at + 1;
    while (end < blocks.length && end < at + 40 && !(seq !== null && seqOf(blocks[end]) === seq + 1)) end++;
    const spare = (end < at + 40 ? end : at + columns.length) - at - columns.length;
    while (extra < spare && at + names + 1 + extra < blocks.length && isName(text(blocks[at + names + 1 + extra]))) extra++;
  }
  const lines = blocks.slice(at + 1, at + columns.length + extra).map(text);
  if (lines.length !== columns.length - 1 + extra) return null;
  const cells = [...lines.slice(0, names - 1), [lines[names - 1], ...lines.slice(names, names + extra)].join('、'), ...lines.slice(names + extra)];
  if (names > 0) cells[names - 1] = extra > 0 ? cells[names - 1] : spacedNames(blocks[at + names]);
  // figure-cell: a detail cell may hold a figure (年度投资金额 300), but never the next row's 序号
  const figure = (t: string) => /^\d+(?:\.\d+)?$/.test(t) && (seq === null || Number(t) !== seq + 1);
  const ok = columns.slice(1).every((c, k) =>
    c === 'names' ? isNameList(cells[k]) : c === 'time' ? true : (seqOf({ text: cells[k] } as LayoutBlock) === null || (c === 'detail' && figure(cells[k]))) && !isCategory({ text: cells[k] } as LayoutBlock),
  );
  return ok ? { cells: [text(blocks[at]), ...cells], size: columns.length + extra } : null;
}

// Kind-column rule: a table whose first column is the task's kind (任务类型 / 序号 / 工作任务 / 推进单位), pasted
// from a web page with merged cells. The kind cell is merged down the rows of its kind, so it stands alone on a
// line before the first of them (旧区改造, 公共空间优化), and rows across all columns name the groups of kinds
// (「行动一：…」, 「一、…」). Each row is its 序号, its task on one line, its bodies' cell, its deadline if the header
// has one. Merged-bodies rule: the bodies' cell is merged down too, so a row without one of its own takes the
// bodies of the row above; a row across all columns closes the merge (no cell runs through it), a kind cell
// alone does not (it fills the first column only). Each row comes out as 'kind | 序号 | task | bodies'.
// Unheaded-seq rule: the 序号 column may have no header cell of its own (工作任务 / 具体要求 / 责任科室 / 时限要求 over
// rows 强化行政规范性文件集中规范公开 / 1 / 对行政规范性文件进行全面清理… / 办公室 / 年底前): two header cells that are
// neither bodies nor time, then the bodies' and the deadline's. The first of the two is the kinds' column when the
// first row opens on a kind cell before its 序号; the header comes out with the 序号 put back after it.
const KIND_HEAD = /(?:类型|类别|领域|板块)$/;
/** A row across all columns naming a group: 「行动一：再造发展新极行动」, 「一、知识产权保护方面」. */
const GROUP_ROW = /^(?:(?:行动|专项|任务|板块)[一二三四五六七八九十]{1,3}[：:、]|[一二三四五六七八九十]{1,3}、)[^。；]{2,40}$/;
/** A kind cell alone on its line: a short label, no figure, no sentence, no bodies, no return's column head (进展情况
 *  after 责任单位 continues a header, return-columns). */
const isKindCell = (t: string) => t.length <= 24 && !/[\d。，；：:！？,;]/.test(t) && !isDutyCell(t) && !SEQ_HEAD.test(t) && columnKind(t) === null;

/** A kind-column header at `at`: its cells after the kind and 序号 (task, bodies, deadline if any), how many lines
 *  it takes and its cells as the rows are written (kind, 序号, task, …); null when none. */
interface KindHeader {
  columns: Cell[];
  size: number;
  cells: string[];
}

/** The columns after the task's: bodies, and a deadline when the next line names one. */
const bodiesAndTime = (names: string, time: string): Cell[] | null =>
  !NAMES_HEAD.test(names) || !HEAD_CELL.test(names) ? null : TIME_HEAD.test(time) && HEAD_CELL.test(time) ? ['task', 'names', 'time'] : ['task', 'names'];
/** A header cell that is neither 序号, bodies nor time: the kind's or the task's. */
const isTaskHead = (t: string) => HEAD_CELL.test(t) && !SEQ_HEAD.test(t) && !NAMES_HEAD.test(t) && !TIME_HEAD.test(t);

function kindHeader(blocks: LayoutBlock[], at: number): KindHeader | null {
  const t = (k: number) => (k < blocks.length ? text(blocks[k]) : '');
  if (KIND_HEAD.test(t(at)) && HEAD_CELL.test(t(at)) && SEQ_HEAD.test(t(at + 1))) {
    const columns = isTaskHead(t(at + 2)) ? bodiesAndTime(t(at + 3), t(at + 4)) : null;
    return columns && { columns, size: 2 + columns.length, cells: Array.from({ length: 2 + columns.length }, (_, k) => t(at + k)) };
  }
  // unheaded-seq: 工作任务 / 具体要求 / 责任科室 / 时限要求, the 序号 column without a header cell of its own; the
  // first column is the kind when the first row opens on a kind cell before its 序号 (checked by the caller)
  if (!isTaskHead(t(at)) || !isTaskHead(t(at + 1))) return null;
  const columns = bodiesAndTime(t(at + 2), t(at + 3));
  return columns && { columns, size: 1 + columns.length, cells: [t(at), '序号', ...Array.from({ length: columns.length }, (_, k) => t(at + 1 + k))] };
}

/** Past the group rows and kind cells from `at`: the next row's 序号 (after `seq`, at most 3 on) and what stands before it. */
function kindRowStart(blocks: LayoutBlock[], at: number, seq: number): { row: number; group: string | null; kind: string | null } | null {
  let group: string | null = null;
  let kind: string | null = null;
  let k = at;
  for (; k < blocks.length && k < at + 4; k++) {
    const t = text(blocks[k]);
    if (GROUP_ROW.test(t)) [group, kind] = [t, null];
    else if (isKindCell(t)) kind = t;
    else break;
  }
  const n = seqOf(blocks[k]);
  return n !== null && n > seq && n <= seq + 3 ? { row: k, group, kind } : null;
}

/** A kind-column table read from its header at `at`: the blocks it gives and the index after it; null when none. */
function kindTable(blocks: LayoutBlock[], at: number): { out: LayoutBlock[]; next: number } | null {
  const head = kindHeader(blocks, at);
  if (!head) return null;
  const { columns } = head;
  let i = at + head.size;
  const first = kindRowStart(blocks, i, 0);
  // without a 序号 header cell, only a first row opening on its kind shows the first column to be the kinds'
  if (!first || (head.size === columns.length + 1 && first.kind === null)) return null;
  const out = [joined(blocks.slice(at, i), head.cells.join(' | '))];
  let seq = 0;
  let kind = '';
  let carried = '';
  for (let start = kindRowStart(blocks, i, seq); start !== null; start = kindRowStart(blocks, i, seq)) {
    if (start.group !== null) [kind, carried] = [start.group, ''];
    if (start.kind !== null) kind = start.kind;
    let k = start.row + 1;
    const task = k < blocks.length && seqOf(blocks[k]) === null ? text(blocks[k++]) : '';
    if (task === '') break;
    const own = k < blocks.length && isDutyCell(text(blocks[k])) ? text(blocks[k++]) : '';
    const time = columns.includes('time') && k < blocks.length && isTime(text(blocks[k])) ? text(blocks[k++]) : '';
    carried = own !== '' ? own : carried;
    seq = seqOf(blocks[start.row]) as number;
    const cells: Record<Cell, string> = { seq: String(seq), group: '', task, names: carried, support: '', time, detail: '', leader: '' };
    out.push(joined(blocks.slice(i, k), [kind, ...['seq' as Cell, ...columns].map((c) => cells[c])].join(' | ')));
    i = k;
  }
  return seq > 0 ? { out, next: i } : null;
}

/** The blocks with each table copied one cell a line put back together as rows. */
// group-numbered-rows: a table with the lead's and the supporters' columns whose rows carry no 序号 of their own: group
// rows numbered in brackets (「(1)加快发展现代服务业。」) stand over rows of work / answering body / assisting bodies, each a
// part of its group (青浦区's 2008 table of the district's key work). Each group is read as one row under its number: its
// heading and its rows' work as the task, the answering bodies of its rows as the bodies' cell, their assisting bodies
// as the supporters'. Category rows (一、…) between groups stay lines of their own.
const GROUP_PAREN = /^[（(](\d{1,2})[）)]([^。；;]{2,40}[。]?)$/;
function groupRowsTable(blocks: LayoutBlock[], at: number): { out: LayoutBlock[]; next: number } | null {
  if (!SEQ_HEAD.test(text(blocks[at]))) return null;
  const labels: string[] = [];
  let k = at + 1;
  for (; k < blocks.length && k < at + 8; k++) {
    const t = text(blocks[k]);
    if (isCategory(blocks[k]) || GROUP_PAREN.test(t)) break;
    if (!isHeadCell(t)) return null;
    labels.push(t);
  }
  const columns = columnsOf(labels);
  if (!columns || !columns.includes('support') || columns.includes('time') || columns.includes('leader')) return null;
  const firstGroup = pastCategories(blocks, k);
  if (firstGroup >= blocks.length || !GROUP_PAREN.test(text(blocks[firstGroup]))) return null;
  const out: LayoutBlock[] = [joined(blocks.slice(at, k), ['序号', ...labels].join(' | '))];
  let i = k;
  let groups = 0;
  while (i < blocks.length) {
    const g = pastCategories(blocks, i);
    const head = g < blocks.length ? GROUP_PAREN.exec(text(blocks[g])) : null;
    if (!head) break;
    let end = g + 1;
    while (end < blocks.length && !isCategory(blocks[end]) && !GROUP_PAREN.test(text(blocks[end]))) end++;
    const lines = blocks.slice(g + 1, end).map(text);
    const tasks: string[] = [];
    const leads: string[] = [];
    const supports: string[] = [];
    let used = 0;
    while (used < lines.length) {
      if (isDutyCell(lines[used])) break;
      const row = dutyRow(lines.slice(used));
      if (row.cells.names === '') break;
      tasks.push(row.cells.task);
      leads.push(...splitNames(row.cells.names));
      supports.push(...splitNames(row.cells.support));
      used += row.used;
    }
    if (tasks.length === 0) break;
    const lead = [...new Set(leads)];
    const support = [...new Set(supports)].filter((n) => !lead.includes(n));
    const cells: Record<Cell, string> = { seq: `(${head[1]})`, group: '', task: head[2] + tasks.join(''), names: lead.join('、'), support: support.join('、'), time: '', detail: '', leader: '' };
    out.push(...blocks.slice(i, g));
    out.push(joined(blocks.slice(g, g + 1 + used), columns.map((c) => cells[c]).join(' | ')));
    out.push(...blocks.slice(g + 1 + used, end));
    i = end;
    groups++;
  }
  return groups > 0 ? { out, next: i } : null;
}

// closing-bar: a crawl may write each cell of a table copied one cell a line with the bar that stood after it (「序号 |」,
// 「县教育局 |」, 南陵县 2024年重点工作目标任务分解表). From a 序号 line so closed, the lines each closing on one bar
// and holding no other are that table's cells: the bar is dropped, and the cells read as any table's copied one a line.
// A line with a bar inside (a pipe table's row, 「1 | 任务 | 单位」) or a bar after prose that no 序号 line heads stays.
const BAR_CELL = /^([^|]+?)\s*\|$/;
/** The blocks with the closing bars of a table copied one cell a line dropped. */
function withoutClosingBars(blocks: LayoutBlock[]): LayoutBlock[] {
  const out = blocks.slice();
  for (let i = 0; i < out.length; i++) {
    const head = BAR_CELL.exec(out[i].text.trim());
    if (!head || !SEQ_HEAD.test(head[1].replace(/[\s\u3000]+/g, ''))) continue;
    for (let k = i; k < out.length; k++) {
      const cell = BAR_CELL.exec(out[k].text.trim());
      if (!cell) break;
      out[k] = { ...out[k], text: cell[1] };
      i = k;
    }
  }
  return out;
}

// return-columns: a gathered return (汇总表: 任务 / 责任单位 / 进展情况) copied one cell a line whose header lost its 序号
// cell or renamed it (项目 / 任务 / 责任单位 / 完成情况), with no number column at all or the number glued to the task
// (「1.推进…」). Its header is told by the columns a return's head names (collected-return-words): one of the bodies
// answering and one of what was done, each label on a line of its own. Each row is then as many lines as the header
// has cells (one more when its numbers stand on a line of their own under no head): its answering cell names bodies,
// its supporting cell bodies or nothing, and no other cell is a body's name alone. Numbers that open a cell in the
// first row (a number column's, a task's 「1.」, the policy's measure numbers as often as a count) must rise row by
// row. A reading that leaves cells over is refused and the lines stay as they were: the lines after its last row may
// hold neither a number past the last row's nor a body's name, save the signer over the closing date or at the end.
const GLUED_COUNT = /^(\d{1,3})(?:$|[.．、](?=[^\d]))/;
/** The number a cell counts its row by, bare (3) or glued before its text (3.推进…); null when none. */
const countOf = (t: string) => {
  const m = GLUED_COUNT.exec(t);
  return m ? Number(m[1]) : null;
};
/** A date alone on its line, as a return closes on it: 2021年11月20日, 二〇二一年十一月二十日. */
const DATE_LINE = /^(?:\d{4}|[〇○零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,2}月[\d一二三四五六七八九十]{1,3}日$/;
/** A supporting cell that names no one: a dash, a slash, 无. */
const NO_ONE = /^[—–\-－/／无]+$/;

type ReturnCell = NonNullable<ColumnKind> | 'other';

/** Whether `cells` make a row of a return under `columns`, its numbers past those of the row before (`last`). */
function isReturnRow(cells: string[], columns: ReturnCell[], last: (number | null)[]): boolean {
  return columns.every((c, k) => {
    const t = cells[k];
    if (last[k] !== null) return (countOf(t) ?? 0) > (last[k] as number) && !isDutyCell(t);
    if (c === 'answering') return isDutyCell(t) && !isTime(t);
    if (c === 'supporting') return isDutyCell(t) || NO_ONE.test(t);
    return !isDutyCell(t);
  });
}

/** The rows of a return under `columns` from `start`, and the index after them; null when fewer than two rows fit or
 *  the lines after them leave cells over. */
function returnRows(blocks: LayoutBlock[], start: number, columns: ReturnCell[]): { rows: string[][]; end: number } | null {
  const size = columns.length;
  const cellsAt = (k: number) => blocks.slice(k, k + size).map((b, c) => (columns[c] === 'answering' || columns[c] === 'supporting' ? spacedNames(b) : text(b)));
  if (start + size > blocks.length) return null;
  // the columns whose first cell opens on a number count the rows, from before the first
  let last: (number | null)[] = cellsAt(start).map((t, k) => (columns[k] === 'other' && countOf(t) !== null ? 0 : null));
  const rows: string[][] = [];
  for (let k = start; k + size <= blocks.length && isReturnRow(cellsAt(k), columns, last); k += size) {
    rows.push(cellsAt(k));
    last = last.map((n, c) => (n === null ? null : countOf(rows[rows.length - 1][c])));
  }
  if (rows.length < 2) return null;
  const end = start + rows.length * size;
  const tail = blocks.slice(end, end + size).map(text);
  const signer = (k: number) => end + k + 1 === blocks.length || DATE_LINE.test(text(blocks[end + k + 1]));
  const over = tail.some((t, k) => (isDutyCell(t) && !signer(k)) || last.some((n) => n !== null && (countOf(t) ?? 0) > n));
  return over ? null : { rows, end };
}

// numbered-return-rows: such a return whose numbers stand on lines of their own may break a cell over lines: a
// row's bodies one a line (市人社局 / 市农业农村局), its progress over several (1. 印发… / 2. 印发…). Its rows are then
// told by their numbers, each one more than the last, and only a header of one text cell or more, the answering
// bodies and the progress last is read so: in a row, the lines before its first body's are the task, the run of
// bodies' lines the answering cell, the rest its progress. Every row must have all three, no body's name alone in its
// progress, and at least two rows must be read; the last row's progress stops before a closing date or a signer.
/** The lines of each numbered row from `start` (the first number's line), and the index after the last; null when
 *  fewer than two rows are numbered so. */
function numberedRowLines(blocks: LayoutBlock[], start: number): { rows: number[][]; end: number } | null {
  const rows: number[][] = [];
  let seq = seqOf(blocks[start]);
  let k = start;
  while (seq !== null && k < blocks.length && seqOf(blocks[k]) === seq) {
    const row = [k++];
    while (k < blocks.length && seqOf(blocks[k]) !== seq + 1) row.push(k++);
    rows.push(row);
    seq += 1;
  }
  if (rows.length < 2) return null;
  // the last row runs to the end of the text: its progress stops at a closing date or a signer over it
  const last = rows[rows.length - 1];
  const closes = (j: number) => DATE_LINE.test(text(blocks[last[j]])) || (isDutyCell(text(blocks[last[j]])) && (j + 1 === last.length || DATE_LINE.test(text(blocks[last[j + 1]]))));
  let cut = last.length;
  for (let j = last.length - 1; j > 0 && closes(j); j--) cut = j;
  rows[rows.length - 1] = last.slice(0, cut);
  return { rows, end: last[cut - 1] + 1 };
}

/** A row's cells from its lines after the number: task, answering bodies, progress; null when one is missing. */
function numberedRowCells(lines: LayoutBlock[]): string[] | null {
  const first = lines.findIndex((b) => isDutyCell(text(b)) && !isTime(text(b)));
  if (first < 1) return null;
  let k = first;
  while (k < lines.length && isDutyCell(text(lines[k])) && !isTime(text(lines[k]))) k++;
  const progress = lines.slice(k).map(text);
  if (progress.length === 0 || progress.some(isDutyCell)) return null;
  return [lines.slice(0, first).map(text).join(''), joinNames(lines.slice(first, k).map(spacedNames)), progress.join('')];
}

/** A numbered return whose cells may break over lines (numbered-return-rows) under the header at `at` of `n` cells. */
function numberedReturn(blocks: LayoutBlock[], at: number, n: number, columns: ReturnCell[]): { out: LayoutBlock[]; next: number } | null {
  if (columns.length !== 3 || columns.join() !== 'other,answering,progress') return null;
  const read = numberedRowLines(blocks, at + n);
  if (!read) return null;
  const rows = read.rows.map((row) => numberedRowCells(row.slice(1).map((k) => blocks[k])));
  if (rows.some((r) => r === null)) return null;
  const labels = blocks.slice(at, at + n).map(text);
  const out = [joined(blocks.slice(at, at + n), ['序号', ...labels].join(' | '))];
  read.rows.forEach((row, r) => out.push(joined(row.map((k) => blocks[k]), [text(blocks[row[0]]), ...(rows[r] as string[])].join(' | '))));
  return { out, next: read.end };
}

/** A gathered return copied one cell a line whose header at `at` keeps no 序号 cell: its rows and the index after
 *  them; null when none, or when its rows leave cells over. */
function returnTable(blocks: LayoutBlock[], at: number): { out: LayoutBlock[]; next: number } | null {
  for (let n = 2; n <= 8 && at + n <= blocks.length; n++) {
    const labels = blocks.slice(at, at + n).map(text);
    if (!labels.every(isHeadCell) || labels.some((l) => SEQ_HEAD.test(l))) return null;
    const kinds = labels.map(columnKind);
    if (!kinds.includes('answering') || !kinds.includes('progress')) continue;
    const columns: ReturnCell[] = kinds.map((k) => k ?? 'other');
    // numbers on lines of their own under no head: the 序号 column without its cell
    const unheaded = seqOf(blocks[at + n]) !== null;
    const read = returnRows(blocks, at + n, columns) ?? (unheaded ? returnRows(blocks, at + n, ['other', ...columns]) : null);
    if (!read) {
      const broken = unheaded ? numberedReturn(blocks, at, n, columns) : null;
      if (broken) return broken;
      continue;
    }
    const heads = read.rows[0].length > labels.length ? ['序号', ...labels] : labels;
    const size = heads.length;
    const out = [joined(blocks.slice(at, at + n), heads.join(' | '))];
    read.rows.forEach((cells, r) => out.push(joined(blocks.slice(at + n + r * size, at + n + (r + 1) * size), cells.join(' | '))));
    return { out, next: read.end };
  }
  return null;
}

export function joinCellLines(input: LayoutBlock[]): LayoutBlock[] {
  const blocks = withoutClosingBars(input);
  const out: LayoutBlock[] = [];
  let i = 0;
  while (i < blocks.length) {
    const grouped = groupRowsTable(blocks, i);
    if (grouped) {
      out.push(...grouped.out);
      i = grouped.next;
      continue;
    }
    const gathered = returnTable(blocks, i);
    if (gathered) {
      out.push(...gathered.out);
      i = gathered.next;
      continue;
    }
    const kinds = kindTable(blocks, i);
    if (kinds) {
      out.push(...kinds.out);
      i = kinds.next;
      continue;
    }
    let plain = header(blocks, i);
    // a plain reading whose first row does not fit its cells may be a wrapped header's
    if (plain?.includes('detail')) {
      const row = nextRow(blocks, i + plain.length, 0);
      if (row === null || !fixedRow(blocks, row, plain)) plain = null;
    }
    const wrapped = plain ? null : wrappedHeader(blocks, i);
    const columns = plain ?? wrapped?.columns ?? null;
    const size = wrapped ? wrapped.size : (columns?.length ?? 0);
    // extract-rows: a first row under the whole table's number, the next row following it
    const before = columns ? extractStart(blocks, i + size) : 0;
    const firstRow = columns ? nextRow(blocks, i + size, before) : null;
    if (!columns || firstRow === null || (columns.includes('detail') && !fixedRow(blocks, firstRow, columns))) {
      out.push(blocks[i++]);
      continue;
    }
    const labels = wrapped ? [text(blocks[i]), ...wrapped.labels] : blocks.slice(i, i + size).map(text);
    out.push(joined(blocks.slice(i, i + size), labels.join(' | ')));
    i += size;
    let seq = before;
    let group = '';
    const fixed = columns.includes('detail');
    for (let at = nextRow(blocks, i, seq); at !== null; at = nextRow(blocks, i, seq)) {
      const row = fixed ? fixedRow(blocks, at, columns) : null;
      if (fixed && row === null) break;
      out.push(...blocks.slice(i, at));
      i = at;
      seq = seqOf(blocks[i]) as number;
      if (row) {
        out.push(joined(blocks.slice(i, i + row.size), row.cells.join(' | ')));
        i += row.size;
        continue;
      }
      let end = i + 1;
      while (end < blocks.length && nextRow(blocks, end, seq) !== end && !(isCategory(blocks[end]) && nextRow(blocks, end, seq) !== null)) end++;
      if (columns.includes('support')) {
        const lines = blocks.slice(i + 1, end).map(text);
        // group-column: a row opening a group names it before its task; the rows after it share it
        const opens = columns.includes('group') && lines.length > 2 && isGroupCell(lines[0]) && !isDutyCell(lines[0]);
        if (opens) group = lines[0];
        const leaderFirst = columns.indexOf('leader') >= 0 && columns.indexOf('leader') < columns.indexOf('names');
        const row = dutyRow(opens ? lines.slice(1) : lines, leaderFirst);
        let used = row.used + (opens ? 1 : 0);
        // leader-column: the person's cell after the bodies
        if (columns.includes('leader') && !leaderFirst && used < lines.length && isLeaderCell(lines[used])) row.cells.leader = lines[used++];
        row.cells.seq = String(seq);
        row.cells.group = group;
        out.push(joined(blocks.slice(i, i + 1 + used), columns.map((c) => row.cells[c]).join(' | ')));
        out.push(...blocks.slice(i + 1 + used, end));
        i = end;
        continue;
      }
      const rows = subRows(blocks.slice(i + 1, end).map(text));
      // after the last row, lines that name no body and no time are not the table's
      let keep = rows.length;
      while (keep > 1 && rows[keep - 1].names.length === 0 && rows[keep - 1].times.length === 0) keep--;
      const used = rows.slice(0, keep).reduce((n, r) => n + r.task.length + r.names.length + r.times.length, 0);
      const cells: Record<Cell, string> = {
        seq: String(seq),
        group: '',
        task: rows.slice(0, keep).flatMap((r) => r.task).join(''),
        names: rows.slice(0, keep).flatMap((r) => r.names).join('、'),
        support: '',
        time: rows.slice(0, keep).flatMap((r) => r.times).join('；'),
        detail: '',
        leader: '',
      };
      out.push(joined(blocks.slice(i, i + 1 + used), columns.map((c) => cells[c]).join(' | ')));
      out.push(...blocks.slice(i + 1 + used, end));
      i = end;
    }
  }
  return out;
}
