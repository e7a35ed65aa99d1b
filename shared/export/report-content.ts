// The compliance report (督查报告) as document blocks: summary, per-measure detail, the lists of
// missing and late obligations, and notes on what the counts leave out.
import type { ComplianceResult, Measure, Obligation, PolicyExtract } from '../types';
import type { JournalEntry } from '../views';
import { countedObligations, decisionCounts } from '../compliance/decisions';
import { underMiddleHeadings } from './middle-heading-blocks';
import { paragraph, withSignature, type Block, type OfficialDocument, type TableColumn, type TableRowBlock } from './document-model';
import { chineseDate, chineseNumber, daysBetween, percent, tidy } from './format';
import { ROLE_ORDER, STATUS_LABEL, STATUS_ORDER } from './labels';
import { compareNames, rankDepartments, summarize, type ComplianceSummary } from './summary';
import {
  bookTitle,
  deadlineWords,
  dueWords,
  evidenceQuote,
  fileLabel,
  citeMeasure,
  citeMeasures,
  measureHeading,
  sectionLabel,
  measureTitle,
  policyReference,
  roleLabel,
  statusPhrase,
} from './wording';
import { targetWords } from '../extract/target-phrase';

export interface ReportContent {
  policy: PolicyExtract;
  result: ComplianceResult;
  title: string;
  office: string | null;
  date: string;
  /** The journal, newest first, to append as 附件 when asked. */
  journal?: JournalEntry[];
}

export const defaultReportTitle = (policy: PolicyExtract): string =>
  policy.title ? `关于${bookTitle(policy.title)}落实情况的督查报告` : '政策落实情况督查报告';

export const h1 = (n: number, t: string): Block => ({ kind: 'heading', level: 1, text: `${chineseNumber(n)}、${t}` });
export const h2 = (n: number, t: string): Block => ({ kind: 'heading', level: 2, text: `（${chineseNumber(n)}）${t}` });
const h3 = (text: string): Block => ({ kind: 'heading', level: 3, text });

function introduction(policy: PolicyExtract, result: ComplianceResult, summary: ComplianceSummary): Block {
  const issued = policy.issuedOn ? `${chineseDate(policy.issuedOn)}印发的` : '';
  const asOf = `（统计截至${chineseDate(result.asOf)}）`;
  if (result.obligations.length === 0) {
    return paragraph(`现将${issued}${policyReference(policy)}落实情况报告如下${asOf}。`);
  }
  return paragraph(
    `${issued}${policyReference(policy)}共部署${policy.measures.length}项措施，明确${summary.byDepartment.length}个责任单位承担` +
      `${result.obligations.length}项任务。根据各责任单位报送的落实情况报告，现将落实情况报告如下${asOf}。`,
  );
}

function overview(result: ComplianceResult, summary: ComplianceSummary): Block[] {
  const { byStatus } = summary;
  const due = byStatus.on_time + byStatus.late + byStatus.missing;
  const rate = due > 0 ? `已到期的${due}项任务按时报送率为${percent(summary.onTimeRate)}。` : '目前尚无到期任务。';
  const withMissing = summary.byDepartment.filter((d) => d.missing > 0).length;
  const withLate = summary.byDepartment.filter((d) => d.late > 0).length;
  const laggards =
    withMissing + withLate > 0
      ? `${withMissing}个单位有未报送任务，${withLate}个单位有逾期报送任务。`
      : '各责任单位均无未报送或逾期报送任务。';
  const ranked = rankDepartments(summary.byDepartment);
  // Of the 156 mm text width: each count's column holds its four-character header on one line.
  const columns: TableColumn[] = [
    { header: '责任单位', weight: 56 },
    { header: '任务数', weight: 20, align: 'center' },
    { header: '按时报送', weight: 20, align: 'center' },
    { header: '逾期报送', weight: 20, align: 'center' },
    { header: '未报送', weight: 20, align: 'center' },
    { header: '未到期', weight: 20, align: 'center' },
  ];
  const rows: TableRowBlock[] = ranked.map((d) => ({
    kind: 'cells',
    cells: [d.department, String(d.total), String(d.on_time), String(d.late), String(d.missing), String(d.pending)],
  }));
  const counted = countedObligations(result.obligations).length;
  rows.push({
    kind: 'cells',
    bold: true,
    cells: ['合计', String(counted), ...STATUS_ORDER.map((s) => String(byStatus[s]))],
  });
  return [
    h1(1, '总体情况'),
    paragraph(
      `截至${chineseDate(result.asOf)}，${counted}项任务中，` +
        `${STATUS_LABEL.on_time}${byStatus.on_time}项，${STATUS_LABEL.late}${byStatus.late}项，` +
        `${STATUS_LABEL.missing}${byStatus.missing}项，${STATUS_LABEL.pending}${byStatus.pending}项。${rate}${laggards}${decisionsSentence(result)}`,
    ),
    paragraph('各责任单位任务完成情况如下表（按未报送、逾期报送任务数由多到少排列）。'),
    { kind: 'table', columns, rows },
  ];
}

/** What the office decided, counted apart from what was reported: 办结3项，延期1项，免报1项（不计入统计），退回1项. */
export function decisionsSentence(result: ComplianceResult): string {
  const c = decisionCounts(result.obligations);
  const parts = [
    c.closed ? `办结${c.closed}项` : '',
    c.extended ? `延期${c.extended}项` : '',
    c.exempt ? `免报${c.exempt}项（不计入统计）` : '',
    c.returned ? `退回${c.returned}项` : '',
  ].filter(Boolean);
  return parts.length ? `经督查室审定，${parts.join('，')}。` : '';
}

function byRole(a: Obligation, b: Obligation): number {
  return ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) || compareNames(a.department, b.department);
}

function measureBlocks(number: number, measure: Measure | undefined, obligations: Obligation[]): Block[] {
  const blocks: Block[] = [h3(measure ? measureHeading(measure, number, measureTitle(measure, number)) : `${number}. 第${number}条措施（政策文本中未识别）`)];
  const sorted = [...obligations].sort(byRole);
  if (sorted.length === 0) {
    const generic = measure?.generic.length ? `由${measure.generic.map(tidy).join('、')}按职责分工负责，` : '';
    blocks.push(paragraph(`责任单位：${generic}未明确具体责任单位，未纳入统计。`));
  } else {
    blocks.push(paragraph(`责任单位：${sorted.map((o) => `${o.department}（${roleLabel(o)}）`).join('、')}。`));
  }
  const words = measure ? deadlineWords(measure) : null;
  const byReportDeadline = sorted.find((o) => o.dueSource === 'report-deadline');
  const counted = byReportDeadline ? `按统一报送期限${chineseDate(byReportDeadline.due)}统计` : '';
  const deadline = words ? `${words}${counted ? `（${counted}）` : ''}` : `未明确${counted ? `，${counted}` : ''}`;
  blocks.push(paragraph(`完成时限：${deadline}。`));
  // what the measure asks in figures, each with what it measures (地区生产总值增长7%以上)
  if (measure && measure.targets.length > 0) blocks.push(paragraph(`目标指标：${measure.targets.map((t) => tidy(targetWords(t))).join('；')}。`));
  for (const o of sorted) {
    const quote = evidenceQuote(o.evidence);
    blocks.push(paragraph(`${o.department}（${roleLabel(o)}）：${statusPhrase(o)}。${quote ? `报告称：${quote}。` : ''}`));
  }
  return blocks;
}

interface MeasureEntry {
  number: number;
  section: string | null;
  measure?: Measure;
  middleHeading?: Measure['middleHeading'];
}

function measuresPart(policy: PolicyExtract, result: ComplianceResult): Block[] {
  const byMeasure = new Map<number, Obligation[]>();
  for (const o of result.obligations) byMeasure.set(o.measure, [...(byMeasure.get(o.measure) ?? []), o]);
  const known = new Set(policy.measures.map((m) => m.number));
  // Obligations whose measure the extract lacks still get listed, under a bare number.
  const entries: MeasureEntry[] = [
    ...policy.measures.map((m) => ({ number: m.number, section: m.section, measure: m, middleHeading: m.middleHeading })),
    ...[...byMeasure.keys()]
      .filter((n) => !known.has(n))
      .sort((a, b) => a - b)
      .map((number) => ({ number, section: null })),
  ];
  const detail = (e: MeasureEntry): Block[] => measureBlocks(e.number, e.measure, byMeasure.get(e.number) ?? []);

  const blocks: Block[] = [h1(2, '各项措施落实情况')];
  if (!entries.some((e) => e.section !== null)) {
    blocks.push(...underMiddleHeadings(entries, (e) => e.middleHeading, detail));
    return blocks;
  }
  const groups: { section: string | null; entries: MeasureEntry[] }[] = [];
  for (const e of entries) {
    const last = groups[groups.length - 1];
    if (last && last.section === e.section) last.entries.push(e);
    else groups.push({ section: e.section, entries: [e] });
  }
  groups.forEach((group, i) => {
    const section = policy.sections.find((s) => s.number === group.section);
    blocks.push(h2(i + 1, section ? tidy(section.title) : '其他措施'));
    blocks.push(...underMiddleHeadings(group.entries, (e) => e.middleHeading, detail));
  });
  return blocks;
}

function groupedRows(
  obligations: Obligation[],
  ranking: string[],
  cells: (o: Obligation) => string[],
): TableRowBlock[] {
  const rows: TableRowBlock[] = [];
  for (const department of ranking) {
    const own = obligations.filter((o) => o.department === department).sort((a, b) => a.measure - b.measure);
    if (own.length === 0) continue;
    rows.push({ kind: 'group', text: `${department}（${own.length}项）` });
    for (const o of own) rows.push({ kind: 'cells', cells: cells(o) });
  }
  return rows;
}

interface LaggardList {
  count: number;
  /** The list as a table grouped by department in the ranking's order; null when it is empty. */
  table: Block | null;
}

/** One policy's missing and late obligations as two tables, departments in the order of `ranking`. */
export function laggardTables(policy: PolicyExtract, result: ComplianceResult, ranking: string[]): { missing: LaggardList; late: LaggardList } {
  const measureOf = (o: Obligation) => policy.measures.find((m) => m.number === o.measure);
  const title = (o: Obligation) => measureTitle(measureOf(o), o.measure) + (o.decision ? `（${o.decision.label}）` : '');
  // 序号: the measure's number, or its label where numbering restarts in each section (二、1.).
  const serial = (o: Obligation) => sectionLabel(measureOf(o)) ?? String(o.measure);
  // In a narrow cell the date keeps its line and the words in brackets after it take the next.
  const dueCell = (o: Obligation) => dueWords(o, result).replace('（', '\n（');
  // 办结 and 免报 obligations are settled; an extended or returned one is listed with its decision.
  const open = result.obligations.filter((o) => o.decision?.kind !== 'closed' && o.decision?.kind !== 'exempt');
  const missing = open.filter((o) => o.status === 'missing');
  const late = open.filter((o) => o.status === 'late');
  const missingTable: Block = {
    kind: 'table',
    columns: [
      { header: '序号', weight: 12, align: 'center' },
      { header: '措施', weight: 76 },
      { header: '职责', weight: 20, align: 'center' },
      // A date on one line, and the words after it (（统一报送期限）) on one more.
      { header: '完成时限', weight: 48, align: 'center' },
    ],
    rows: groupedRows(missing, ranking, (o) => [serial(o), title(o), roleLabel(o), dueCell(o)]),
  };
  const lateTable: Block = {
    kind: 'table',
    columns: [
      { header: '序号', weight: 12, align: 'center' },
      { header: '措施（职责）', weight: 38 },
      { header: '完成时限', weight: 46, align: 'center' },
      { header: '报送日期', weight: 40, align: 'center' },
      { header: '逾期天数', weight: 20, align: 'center' },
    ],
    // The role shares the measure's cell so the two date columns keep room for a full date.
    rows: groupedRows(late, ranking, (o) => [
      serial(o),
      `${title(o)}（${roleLabel(o)}）`,
      dueCell(o),
      // a report undated in itself counts from the day it was imported, and the table says so on the date's next line
      o.respondedOn ? `${chineseDate(o.respondedOn)}${o.respondedOnImported ? '\n（导入日期）' : ''}` : '—',
      o.respondedOn ? String(Math.max(0, daysBetween(o.due, o.respondedOn))) : '—',
    ]),
  };
  return {
    missing: { count: missing.length, table: missing.length ? missingTable : null },
    late: { count: late.length, table: late.length ? lateTable : null },
  };
}

function laggardsPart(policy: PolicyExtract, result: ComplianceResult, summary: ComplianceSummary): Block[] {
  const { missing, late } = laggardTables(policy, result, rankDepartments(summary.byDepartment).map((d) => d.department));
  const asOf = chineseDate(result.asOf);
  return [
    h1(3, '未报送和逾期报送任务'),
    h2(1, `未报送任务（${missing.count}项）`),
    missing.table ?? paragraph(`截至${asOf}，没有已到期但未报送的任务。`),
    h2(2, `逾期报送任务（${late.count}项）`),
    late.table ?? paragraph(`截至${asOf}，没有逾期报送的任务。`),
  ];
}

function notesPart(policy: PolicyExtract, result: ComplianceResult): Block[] {
  const notes: string[] = [];
  if (result.obligations.some((o) => o.dueSource === 'report-deadline')) {
    notes.push(`未明确完成时限的任务，按统一报送期限${chineseDate(result.reportDeadline)}统计。`);
  }
  const obliged = new Set(result.obligations.map((o) => o.measure));
  const unassigned = policy.measures.filter((m) => !obliged.has(m.number)).map((m) => m.number);
  if (unassigned.length) {
    notes.push(`${citeMeasures(policy, unassigned)}措施未明确具体责任单位，未纳入统计。`);
  }
  for (const b of result.notes.beforeIssue) {
    notes.push(`${citeMeasure(policy, b.measure)}措施的时限“${tidy(b.text)}”（${chineseDate(b.date)}）早于政策印发日期，请核实。`);
  }
  for (const d of result.notes.offDuty) {
    notes.push(`${d.department}报送的${fileLabel(d.file)}涉及${citeMeasure(policy, d.measure)}措施，该单位不是这项措施的责任单位，未计入统计。`);
  }
  for (const u of result.notes.unobliged) {
    notes.push(`${fileLabel(u.file)}的报送单位${u.department}在政策中没有承担任务，未计入统计。`);
  }
  if (notes.length === 0) return [];
  return [h1(4, '有关说明'), ...notes.map((n, i) => paragraph(`${i + 1}. ${n}`))];
}

/** 附件：操作记录 — the journal, oldest first, when the report is asked to carry it. */
export function journalAppendix(journal: JournalEntry[]): Block[] {
  const rows: TableRowBlock[] = [...journal].reverse().map((e) => ({
    kind: 'cells',
    cells: [String(e.id), e.at.slice(0, 16).replace('T', ' '), e.who || '—', e.summary + (e.undoneBy ? '（已撤销）' : '')],
  }));
  return [
    { kind: 'heading', level: 1, text: '附件：操作记录' },
    journal.length
      ? {
          kind: 'table',
          columns: [
            { header: '序号', weight: 14, align: 'center' },
            { header: '时间', weight: 34, align: 'center' },
            { header: '操作人', weight: 22, align: 'center' },
            { header: '内容', weight: 86 },
          ],
          rows,
        }
      : paragraph('暂无操作记录。'),
  ];
}

export function reportDocument(content: ReportContent): OfficialDocument {
  const { policy, result } = content;
  const summary = summarize(result);
  const blocks: Block[] = [{ kind: 'title', text: content.title }, { kind: 'blank' }, introduction(policy, result, summary)];
  if (result.obligations.length === 0) {
    blocks.push(
      paragraph(
        `截至${chineseDate(result.asOf)}，${policy.measures.length > 0 ? '政策中的措施均未明确具体责任单位，' : '尚未识别出政策中的措施，'}` +
          '没有可统计的责任任务。',
      ),
    );
  } else {
    blocks.push(...overview(result, summary), ...measuresPart(policy, result), ...laggardsPart(policy, result, summary));
    blocks.push(...notesPart(policy, result));
  }
  const parts = [{ blocks: withSignature(blocks, content.office, chineseDate(content.date)) }];
  if (content.journal) parts.push({ blocks: journalAppendix(content.journal) });
  return { title: content.title, parts };
}
