// What the office's Excel workbook holds, independent of any spreadsheet library: three sheets — the matrix
// (departments × measures, each cell a status in words), the list of missing and late duties with the days
// overdue, and the policy's ledger of measures. The writer (electron/export/xlsx.ts) only lays them out.
import type { ComplianceResult, IsoDate, Measure, Obligation, ObligationStatus, PolicyExtract, ResponsibilityRole } from '../types';
import { REPORTED_LABEL } from '../compliance/status-words';
import { chineseDate, daysBetween } from './format';
import { measureHeading, sectionLabel } from './wording';
import { targetWords } from '../extract/target-phrase';

/** What a department reported, in the words of the views, the Word report and the notices. */
export const STATUS_WORD: Record<ObligationStatus, string> = REPORTED_LABEL;

export const ROLE_WORD: Record<ResponsibilityRole, string> = { lead: '牵头', support: '配合', joint: '共同' };

/** A cell: its text or number, and the status it shows (the writer colours it). */
export interface BookCell {
  value: string | number;
  status?: ObligationStatus;
}

export interface BookSheet {
  name: string;
  /** A line above the table (merged across it). */
  title: string;
  header: string[];
  rows: BookCell[][];
  /** Column widths in characters. */
  widths: number[];
  /** Leading columns that stay in view when scrolling sideways. */
  frozenColumns: number;
  /** Columns whose text wraps (long titles and names). */
  wrap: number[];
  /** Lines below the table: legends and notes. */
  notes: string[];
}

export interface BookContent {
  sheets: BookSheet[];
}

/** 2024-06-30 → 2024年6月30日; no date is blank. */
export function chineseDay(date: IsoDate | null): string {
  return date ? chineseDate(date) : '';
}

/**
 * Days past the due date: for a late report, the days it came after the deadline; for a missing one, the
 * days from the deadline to the as-of date. Zero or less for anything not overdue.
 */
export function daysOverdue(o: Obligation, asOf: IsoDate): number {
  if (o.status === 'late' && o.respondedOn) return daysBetween(o.due, o.respondedOn);
  if (o.status === 'missing') return Math.max(0, daysBetween(o.due, asOf));
  return 0;
}

/** The departments of the matrix: most duties first, as the matrix view orders them. */
function departmentOrder(obligations: Obligation[]): string[] {
  const count = new Map<string, number>();
  for (const o of obligations) count.set(o.department, (count.get(o.department) ?? 0) + 1);
  return [...count.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'zh-CN')).map(([d]) => d);
}

const TOTALS: ObligationStatus[] = ['missing', 'late', 'on_time', 'pending'];

/** A matrix cell in words: 未报送（牵头）, and the office's decision after it: 未报送（配合），退回. */
export function matrixCellText(o: Obligation): string {
  return `${STATUS_WORD[o.status]}（${ROLE_WORD[o.role]}）${o.decision ? `，${o.decision.label}` : ''}`;
}

/** The office's decision on a duty as the list gives it: 退回（2025年7月1日）：未报完成额; blank without one. */
export function decisionText(o: Obligation): string {
  if (!o.decision) return '';
  const d = o.decision;
  const by = d.approver ? `，批准人${d.approver}` : '';
  return `${d.label}（${chineseDay(d.date)}${by}）${d.note ? `：${d.note}` : ''}`;
}

/** 办结 and 免报 settle a duty: it is not chased, and the list of missing and late leaves it out. */
const settled = (o: Obligation) => o.decision?.kind === 'closed' || o.decision?.kind === 'exempt';

/**
 * Most cells the matrix sheet lays out as a grid (departments × measures). A grid grows with the product of the two,
 * where what it shows (the duties) grows with their sum: past this, a policy of thousands of measures and
 * departments would take minutes and gigabytes to write, and no one reads such a grid, so the sheet lists the
 * duties one to a row instead.
 */
export const MATRIX_GRID_MAX_CELLS = 200_000;

function matrixSheet(policy: PolicyExtract, result: ComplianceResult): BookSheet {
  const measures = policy.measures;
  const byDepartment = new Map<string, Obligation[]>();
  for (const o of result.obligations) {
    const own = byDepartment.get(o.department);
    if (own) own.push(o);
    else byDepartment.set(o.department, [o]);
  }
  const departments = departmentOrder(result.obligations);
  const title = `${policy.title || '政策'}落实情况（截至${chineseDay(result.asOf)}）`;
  if (departments.length * measures.length > MATRIX_GRID_MAX_CELLS) return dutyListSheet(policy, departments, byDepartment, title);
  const rows = departments.map((department) => {
    const own = byDepartment.get(department) ?? [];
    const byMeasure = new Map(own.map((o) => [o.measure, o]));
    const cells: BookCell[] = [{ value: department }];
    for (const m of measures) {
      const o = byMeasure.get(m.number);
      cells.push(o ? { value: matrixCellText(o), status: o.status } : { value: '' });
    }
    for (const s of TOTALS) cells.push({ value: own.filter((o) => o.status === s).length });
    return cells;
  });
  return {
    name: '落实矩阵',
    title,
    header: ['部门', ...measures.map((m) => measureHeading(m, m.number, m.title)), ...TOTALS.map((s) => STATUS_WORD[s])],
    rows,
    widths: [22, ...measures.map(() => 14), ...TOTALS.map(() => 8)],
    frozenColumns: 1,
    wrap: [0, ...measures.map((_, k) => k + 1)],
    notes: [
      `格内为落实状态及职责：${TOTALS.map((s) => STATUS_WORD[s]).join('、')}；空格表示该部门无此项任务。`,
      ...(result.obligations.some((o) => o.decision) ? ['职责后逗号之后为督查室的决定：办结、延期、免报或退回。'] : []),
    ],
  };
}

/** The matrix as a list: each department's duties, one to a row, in the grid's order of departments and measures. */
function dutyListSheet(policy: PolicyExtract, departments: string[], byDepartment: Map<string, Obligation[]>, title: string): BookSheet {
  const byNumber = new Map(policy.measures.map((m) => [m.number, m]));
  const rows = departments.flatMap((department) =>
    [...(byDepartment.get(department) ?? [])]
      .sort((a, b) => a.measure - b.measure)
      .map((o): BookCell[] => {
        const m = byNumber.get(o.measure);
        return [{ value: department }, { value: m ? measureHeading(m, m.number, m.title) : o.measure }, { value: matrixCellText(o), status: o.status }];
      }),
  );
  return {
    name: '落实矩阵',
    title,
    header: ['部门', '措施', '落实状态（职责）'],
    rows,
    widths: [22, 40, 16],
    frozenColumns: 1,
    wrap: [0, 1],
    notes: [
      `本政策共 ${policy.measures.length.toLocaleString('en-US')} 条措施、${departments.length.toLocaleString('en-US')} 个部门，排成部门 × 措施的表格过大，改为每行列出一个部门的一项任务。`,
    ],
  };
}

function outstandingSheet(policy: PolicyExtract, result: ComplianceResult): BookSheet {
  const byNumber = new Map(policy.measures.map((m) => [m.number, m]));
  const listed = result.obligations.filter((o) => o.status === 'missing' || o.status === 'late');
  const left = listed.filter(settled).length;
  const rows = listed
    .filter((o) => !settled(o))
    .sort((a, b) => a.department.localeCompare(b.department, 'zh-CN') || a.measure - b.measure)
    .map((o): BookCell[] => [
      { value: o.department },
      { value: sectionLabel(byNumber.get(o.measure)) ?? o.measure },
      { value: byNumber.get(o.measure)?.title ?? '' },
      { value: ROLE_WORD[o.role] },
      { value: chineseDay(o.due) + (o.dueSource === 'report-deadline' ? '（默认报送截止日期）' : '') },
      { value: STATUS_WORD[o.status], status: o.status },
      { value: chineseDay(o.respondedOn) },
      { value: daysOverdue(o, result.asOf) },
      { value: decisionText(o) },
    ]);
  return {
    name: '缺报逾期清单',
    title: `未报送和逾期报送的任务（截至${chineseDay(result.asOf)}，共${rows.length}项）`,
    header: ['部门', '措施序号', '措施', '职责', '截止日期', '状态', '报送日期', '逾期天数', '督查室决定'],
    rows,
    widths: [22, 9, 40, 7, 18, 9, 15, 9, 30],
    frozenColumns: 1,
    wrap: [0, 2, 4, 8],
    notes: [
      '逾期天数：逾期报送的，自截止日期至报送日期；未报送的，自截止日期至统计截止日期。',
      ...(left ? [`经督查室办结或免报的${left}项不再列入本清单。`] : []),
    ],
  };
}

function deadlineText(m: Measure): string {
  return m.deadlines.map((d) => d.text).join('；');
}

function ledgerSheet(policy: PolicyExtract): BookSheet {
  const sectionTitle = new Map(policy.sections.map((s) => [s.number, `${s.number}、${s.title}`]));
  const rows = policy.measures.map((m): BookCell[] => [
    { value: m.section ? (sectionTitle.get(m.section) ?? m.section) : '' },
    { value: sectionLabel(m) ?? m.number },
    { value: m.title },
    { value: m.lead.join('、') + (m.joint ? '（共同负责）' : '') },
    { value: m.support.join('、') },
    { value: m.generic.join('、') },
    { value: deadlineText(m) },
    { value: m.targets.map(targetWords).join('；') },
  ]);
  return {
    name: '政策台账',
    title: [policy.title, policy.docNumber].filter(Boolean).join('　') || '政策措施台账',
    header: ['章节', '序号', '措施', '牵头单位', '配合单位', '其他责任主体', '完成时限', '量化指标'],
    rows,
    widths: [20, 6, 40, 22, 26, 16, 18, 24],
    frozenColumns: 3,
    wrap: [0, 2, 3, 4, 5, 6, 7],
    notes: [],
  };
}

/** The three sheets of the office's workbook, as of the result's date. */
export function complianceBook(policy: PolicyExtract, result: ComplianceResult): BookContent {
  return { sheets: [matrixSheet(policy, result), outstandingSheet(policy, result), ledgerSheet(policy)] };
}
