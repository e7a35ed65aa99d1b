// Reminder notices (催办通知) as document blocks: one per department with missing or late obligations,
// and a short statement when there is nothing to chase.
import type { ComplianceResult, IsoDate, Obligation, PolicyExtract } from '../types';
import { paragraph, text, withSignature, type Block, type OfficialDocument } from './document-model';
import { chineseDate, daysBetween } from './format';
import { STATUS_LABEL, STATUS_ORDER } from './labels';
import { outstandingFor } from './outstanding';
import { countByStatus } from './summary';
import { bookTitle, citeMeasure, measureTitle, obligationDeadline, periodDates, policyReference, quoted, roleLabel } from './wording';

export interface NoticeContent {
  policy: PolicyExtract;
  result: ComplianceResult;
  replyBy: IsoDate;
  office: string | null;
  date: IsoDate;
  /** The days a department was already chased for a measure (from the record of notices sent), earliest first. */
  chasedOn?: (department: string, measure: number) => IsoDate[];
}

/** 此项已于2022年1月10日、2022年1月31日催办。— said when earlier notices chased the same measure. */
export function chasedSentence(dates: readonly IsoDate[]): string {
  return dates.length ? `此项已于${dates.map(chineseDate).join('、')}催办。` : '';
}

export const noticeTitle = (policy: PolicyExtract): string =>
  `关于加快报送${bookTitle(policy.title || '政策文件')}落实情况的通知`;

function whatIsOutstanding(o: Obligation, asOf: string): string {
  const missingPeriods = periodDates(o, 'missing');
  const latePeriods = periodDates(o, 'late');
  if (missingPeriods.length + latePeriods.length > 0) {
    const parts: string[] = [];
    if (missingPeriods.length) parts.push(`应于${missingPeriods.join('、')}报送的${missingPeriods.length}期落实情况未报送`);
    if (latePeriods.length) parts.push(`应于${latePeriods.join('、')}报送的${latePeriods.length}期落实情况逾期报送`);
    return `截至${asOf}，${parts.join('；')}。`;
  }
  if (o.status === 'missing') return `截至${asOf}，${STATUS_LABEL.missing}落实情况。`;
  if (!o.respondedOn) return `${STATUS_LABEL.late}。`;
  const days = daysBetween(o.due, o.respondedOn);
  return `${chineseDate(o.respondedOn)}报送落实情况，${days > 0 ? `逾期${days}天` : STATUS_LABEL.late}。`;
}

/** The office's decision as the department must read it: an extension's new date, a return's reason. */
function decisionNote(o: Obligation): string {
  const d = o.decision;
  if (!d) return '';
  if (d.kind === 'returned') return `你单位${chineseDate(d.date)}前报送的落实情况已退回，${d.note ? `退回理由：${d.note}。` : ''}请按要求重新报送。`;
  if (d.kind === 'extended') return `经批准${d.label}${d.note ? `（理由：${d.note}）` : ''}。`;
  return '';
}

function item(content: NoticeContent, o: Obligation, index: number): Block {
  const measure = content.policy.measures.find((m) => m.number === o.measure);
  const deadline = o.decision?.kind === 'extended' ? `${obligationDeadline(measure, { ...o, due: o.decision.originalDue ?? o.due }, content.result)}，${o.decision.label}` : obligationDeadline(measure, o, content.result);
  return paragraph(
    text(`${index + 1}. ${citeMeasure(content.policy, o.measure)}${measure ? quoted(measureTitle(measure, o.measure)) : '措施'}（${roleLabel(o)}）。`, { bold: true }),
    `完成时限：${deadline}。${whatIsOutstanding(o, chineseDate(content.result.asOf))}${decisionNote(o)}${chasedSentence(content.chasedOn?.(o.department, o.measure) ?? [])}`,
  );
}

/** One department's notice; the caller makes sure it has something outstanding. */
export function noticeBlocks(content: NoticeContent, department: string): Block[] {
  const outstanding = outstandingFor(content.result, department);
  const missing = outstanding.filter((o) => o.status === 'missing').length;
  const late = outstanding.length - missing;
  // A recurring duty reported late overall may still have periods never reported.
  const anyUnreported = missing > 0 || outstanding.some((o) => periodDates(o, 'missing').length > 0);
  const anyLate = late > 0 || outstanding.some((o) => periodDates(o, 'late').length > 0);
  const asOf = chineseDate(content.result.asOf);
  const replyBy = chineseDate(content.replyBy);
  const counts = [missing ? `${missing}项任务未报送落实情况` : '', late ? `${late}项任务逾期报送` : '']
    .filter(Boolean)
    .join('，');
  const request = anyUnreported
    ? `请于${replyBy}前报送上述未报送的落实情况${anyLate ? '，并书面说明逾期原因' : ''}。`
    : `请于${replyBy}前报送逾期原因的书面说明，今后按规定时限报送。`;
  const body: Block[] = [
    { kind: 'title', text: noticeTitle(content.policy) },
    { kind: 'blank' },
    { kind: 'addressee', text: `${department}：` },
    paragraph(`按照${policyReference(content.policy)}要求，截至${asOf}，你单位承担的任务中有${counts}。现将有关事项通知如下：`),
    ...outstanding.map((o, i) => item(content, o, i)),
    paragraph(`请你单位高度重视，对照任务要求抓紧推进落实。${request}`),
    paragraph('特此通知。'),
  ];
  return withSignature(body, content.office, chineseDate(content.date));
}

export function noticesDocument(content: NoticeContent, departments: string[]): OfficialDocument {
  return {
    title: noticeTitle(content.policy),
    parts: departments.map((d) => ({ blocks: noticeBlocks(content, d) })),
  };
}

/** Said instead of a notice when the chosen department, or every department, has nothing outstanding. */
export function nothingOutstandingDocument(content: NoticeContent, department?: string): OfficialDocument {
  const { policy, result } = content;
  const asOf = chineseDate(result.asOf);
  const title = `关于${bookTitle(policy.title || '政策文件')}落实情况催办事项的说明`;
  let statement: string;
  if (department) {
    const own = result.obligations.filter((o) => o.department === department);
    if (own.length === 0) {
      statement = `${department}在${policyReference(policy)}中没有承担具体任务，无需催办。`;
    } else {
      const counts = countByStatus(own);
      const parts = STATUS_ORDER.filter((s) => counts[s] > 0).map((s) => `${STATUS_LABEL[s]}${counts[s]}项`);
      statement = `截至${asOf}，${department}承担的${own.length}项任务中，${parts.join('，')}，没有未报送或逾期报送的任务，无需催办。`;
    }
  } else if (result.obligations.length === 0) {
    statement = `截至${asOf}，${policyReference(policy)}没有可统计的责任任务，无需催办。`;
  } else {
    statement = `截至${asOf}，各责任单位承担的${result.obligations.length}项任务均已按时报送或尚未到期，无需催办。`;
  }
  return {
    title,
    parts: [
      {
        blocks: withSignature(
          [{ kind: 'title', text: title }, { kind: 'blank' }, paragraph(statement)],
          content.office,
          chineseDate(content.date),
        ),
      },
    ],
  };
}
