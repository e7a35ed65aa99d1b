// The 督查通报 across every policy the office tracks, as document blocks: each policy's figures (with the
// overview's chart when one is given), the departments ranked over all of them, and what is outstanding
// under each policy.
import type { ComplianceResult, PolicyExtract } from '../types';
import type { JournalEntry } from '../views';
import { countedObligations } from '../compliance/decisions';
import { policyLabel } from '../portfolio/policy-label';
import { withSignature, paragraph, type Block, type OfficialDocument, type TableColumn, type TableRowBlock } from './document-model';
import { chineseDate, percent } from './format';
import { STATUS_LABEL, STATUS_ORDER } from './labels';
import { combinedResult } from './outstanding';
import { decisionsSentence, h1, h2, journalAppendix, laggardTables } from './report-content';
import { rankDepartments, summarize, type ComplianceSummary } from './summary';
import { policyReference } from './wording';

export interface BulletinPart {
  policy: PolicyExtract;
  /** The policy's obligations as of the bulletin's date, with the office's decisions applied. */
  result: ComplianceResult;
}

export interface BulletinContent {
  parts: BulletinPart[];
  title: string;
  office: string | null;
  date: string;
  /** The journal, newest first, to append as 附件 when asked. */
  journal?: JournalEntry[];
  /** The overview's status chart (PNG), drawn under the figures. */
  chart?: Uint8Array;
}

export const defaultBulletinTitle = (): string => '关于政策文件落实情况的督查通报';

/** The picture's width on the page, in millimetres (the text is 156 mm wide). */
const CHART_WIDTH = 150;
const CHART_CAPTION = '图1　各政策文件任务报送情况';

// Millimetres of the 156 mm text width. In 小四 a header takes 4.23 mm a character and 1.6 mm of cell margins, so
// 任务数 wants 14.35, 按时报送 18.6 and 按时报送率 22.8 to stay on one line; the document number
// (市中政办发〔2021〕14号) keeps its line in what is left.
const COUNT_COLUMNS: TableColumn[] = [
  { header: '任务数', weight: 14.35, align: 'center' },
  { header: '按时报送', weight: 18.6, align: 'center' },
  { header: '逾期报送', weight: 18.6, align: 'center' },
  { header: '未报送', weight: 14.35, align: 'center' },
  { header: '未到期', weight: 14.35, align: 'center' },
];
const FIGURE_COLUMNS: TableColumn[] = [{ header: '政策文件', weight: 52.95 }, ...COUNT_COLUMNS, { header: '按时报送率', weight: 22.8, align: 'center' }];

// The departments' table, its seven headers each on one line by the same measure; a long name takes two lines.
const DEPARTMENT_COLUMNS: TableColumn[] = [{ header: '责任单位', weight: 57.15 }, { header: '涉及文件', weight: 18.6, align: 'center' }, ...COUNT_COLUMNS];

/** On-time rate of the obligations already due, or a dash when none is. */
function rateCell(summary: ComplianceSummary): string {
  const due = summary.byStatus.on_time + summary.byStatus.late + summary.byStatus.missing;
  return due > 0 ? percent(summary.onTimeRate) : '—';
}

function figureRow(label: string, result: ComplianceResult, bold = false): TableRowBlock {
  const summary = summarize(result);
  return {
    kind: 'cells',
    bold,
    cells: [label, String(countedObligations(result.obligations).length), ...STATUS_ORDER.map((s) => String(summary.byStatus[s])), rateCell(summary)],
  };
}

function overallPart(parts: BulletinPart[], all: ComplianceResult, chart: Uint8Array | undefined): Block[] {
  const summary = summarize(all);
  const { byStatus } = summary;
  const counted = countedObligations(all.obligations).length;
  const due = byStatus.on_time + byStatus.late + byStatus.missing;
  const rate = due > 0 ? `已到期的${due}项任务按时报送率为${percent(summary.onTimeRate)}。` : '目前尚无到期任务。';
  const blocks: Block[] = [
    h1(1, '总体情况'),
    paragraph(
      `截至${chineseDate(all.asOf)}，${parts.length}个政策文件的${counted}项任务中，` +
        `${STATUS_ORDER.map((s) => `${STATUS_LABEL[s]}${byStatus[s]}项`).join('，')}。${rate}${decisionsSentence(all)}`,
    ),
    paragraph(`各政策文件任务报送情况如下表${chart ? '和图1' : ''}（政策文件以${parts.every((p) => p.policy.docNumber) ? '文号' : '文号或标题'}标示，全称见第三部分）。`),
    {
      kind: 'table',
      columns: FIGURE_COLUMNS,
      // the table's cells wrap: a title is printed whole, never cut short
      rows: [...parts.map((p) => figureRow(policyLabel(p.policy, Infinity), p.result)), figureRow('合计', all, true)],
    },
  ];
  if (chart) {
    blocks.push({ kind: 'blank' }, { kind: 'image', png: chart, width: CHART_WIDTH, alt: CHART_CAPTION });
    blocks.push({ kind: 'paragraph', spans: [{ text: CHART_CAPTION, face: 'heiti' }], align: 'center', noIndent: true });
  }
  return blocks;
}

function departmentsPart(parts: BulletinPart[], summary: ComplianceSummary): Block[] {
  const ranked = rankDepartments(summary.byDepartment);
  const laggards = ranked.filter((d) => d.missing + d.late > 0);
  const rest = ranked.length - laggards.length;
  const policiesOf = (department: string) =>
    parts.filter((p) => countedObligations(p.result.obligations).some((o) => o.department === department)).length;
  const blocks: Block[] = [h1(2, '各责任单位情况')];
  if (laggards.length === 0) {
    blocks.push(paragraph(`${ranked.length}个责任单位均无未报送或逾期报送任务。`));
    return blocks;
  }
  blocks.push(
    paragraph(
      `${laggards.length}个责任单位有未报送或逾期报送任务，按未报送、逾期报送任务数由多到少排列如下表` +
        `${rest > 0 ? `；其余${rest}个责任单位没有未报送或逾期报送任务` : ''}。`,
    ),
    {
      kind: 'table',
      columns: DEPARTMENT_COLUMNS,
      rows: laggards.map((d) => ({
        kind: 'cells',
        cells: [d.department, String(policiesOf(d.department)), String(d.total), String(d.on_time), String(d.late), String(d.missing), String(d.pending)],
      })),
    },
  );
  return blocks;
}

/** A lead-in line kept on the page of the table under it. */
const leadIn = (value: string): Block => ({ kind: 'paragraph', spans: [{ text: value }], keepNext: true });

function outstandingPart(parts: BulletinPart[], summary: ComplianceSummary, asOf: string): Block[] {
  const ranking = rankDepartments(summary.byDepartment).map((d) => d.department);
  const blocks: Block[] = [h1(3, '未报送和逾期报送任务')];
  const clear: PolicyExtract[] = [];
  let group = 0;
  for (const { policy, result } of parts) {
    const { missing, late } = laggardTables(policy, result, ranking);
    if (!missing.table && !late.table) {
      clear.push(policy);
      continue;
    }
    blocks.push(h2(++group, policyReference(policy)));
    if (missing.table) blocks.push(leadIn(`未报送任务${missing.count}项：`), missing.table);
    if (late.table) blocks.push(leadIn(`逾期报送任务${late.count}项：`), late.table);
  }
  if (group === 0) blocks.push(paragraph(`截至${chineseDate(asOf)}，各政策文件均没有未报送或逾期报送的任务。`));
  else if (clear.length) blocks.push(paragraph(`${clear.map(policyReference).join('、')}没有未报送或逾期报送的任务。`));
  return blocks;
}

export function bulletinDocument(content: BulletinContent): OfficialDocument {
  const { parts } = content;
  const all = combinedResult(parts.map((p) => p.result));
  const summary = summarize(all);
  const blocks: Block[] = [
    { kind: 'title', text: content.title },
    { kind: 'blank' },
    paragraph(
      `本次督查涵盖${parts.length}个政策文件，${summary.byDepartment.length}个责任单位共承担${countedObligations(all.obligations).length}项任务。` +
        `根据各责任单位报送的落实情况报告，现将落实情况通报如下（统计截至${chineseDate(all.asOf)}）。`,
    ),
    ...overallPart(parts, all, content.chart),
    ...departmentsPart(parts, summary),
    ...outstandingPart(parts, summary, all.asOf),
  ];
  const sections = [{ blocks: withSignature(blocks, content.office, chineseDate(content.date)) }];
  if (content.journal) sections.push({ blocks: journalAppendix(content.journal) });
  return { title: content.title, parts: sections };
}
