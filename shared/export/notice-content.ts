// Reminder notices (催办通知) as document blocks: one per department with missing or late obligations on any
// of the policies given (grouped by policy when more than one), and a short statement when there is nothing to chase.
import type { ComplianceResult, IsoDate, Obligation, PolicyExtract } from '../types';
import { paragraph, text, withSignature, type Block, type OfficialDocument } from './document-model';
import { chineseDate, chineseNumber, daysBetween, tidy } from './format';
import { STATUS_LABEL, STATUS_ORDER } from './labels';
import { returnedReportDate } from '../compliance/decisions';
import { combinedResult, outstandingFor } from './outstanding';
import { countByStatus } from './summary';
import { underMiddleHeadings } from './middle-heading-blocks';
import { bookTitle, citeMeasure, measureTitle, obligationDeadline, periodDates, periodSpans, policyReference, quoted, roleLabel } from './wording';

/** One policy's share of a notice: the policy, its obligations as of the date, and what was chased before. */
export interface NoticePart {
  policy: PolicyExtract;
  result: ComplianceResult;
  /** The days a department was already chased for a measure (from the record of notices sent), earliest first. */
  chasedOn?: (department: string, measure: number) => IsoDate[];
}

export interface NoticeContent {
  /** Every policy the notices may cover (one or more, sharing the as-of date). */
  parts: NoticePart[];
  replyBy: IsoDate;
  /** The office signing, as given; absent: the issuer of the policies a notice covers, when they share one. */
  office?: string;
  date: IsoDate;
}

/** 此项已于2022年1月10日、2022年1月31日催办。— said when earlier notices chased the same measure. */
export function chasedSentence(dates: readonly IsoDate[]): string {
  return dates.length ? `此项已于${dates.map(chineseDate).join('、')}催办。` : '';
}

/** Several policies named in a sentence: each by title and number, or the first and how many when more than three. */
export function policiesReference(policies: readonly PolicyExtract[]): string {
  if (policies.length === 1) return policyReference(policies[0]);
  if (policies.length > 3) return `${policyReference(policies[0])}等${policies.length}个政策文件`;
  return policies.map(policyReference).join('、');
}

/** What the title calls the subject: the one policy's title, or 有关政策文件 for several. */
const subject = (policies: readonly PolicyExtract[]): string =>
  policies.length === 1 ? bookTitle(policies[0].title || '政策文件') : '有关政策文件';

export const noticeTitle = (policies: readonly PolicyExtract[]): string => `关于加快报送${subject(policies)}落实情况的通知`;

/** The office signing: as given, else the issuer the policies share; none when that leaves nothing. */
export function signingOffice(office: string | undefined, policies: readonly PolicyExtract[]): string | null {
  if (office !== undefined) return tidy(office) || null;
  const issuers = new Set(policies.map((p) => tidy(p.issuer ?? '')));
  return issuers.size === 1 ? [...issuers][0] || null : null;
}

function whatIsOutstanding(o: Obligation, asOf: string): string {
  const missingPeriods = periodSpans(o, 'missing');
  const latePeriods = periodSpans(o, 'late');
  if (missingPeriods.count + latePeriods.count > 0) {
    const parts: string[] = [];
    if (missingPeriods.count) parts.push(`应于${missingPeriods.text}报送的${missingPeriods.count}期落实情况未报送`);
    if (latePeriods.count) parts.push(`应于${latePeriods.text}报送的${latePeriods.count}期落实情况逾期报送`);
    return `截至${asOf}，${parts.join('；')}。`;
  }
  if (o.status === 'missing') return `截至${asOf}，${STATUS_LABEL.missing}落实情况。`;
  if (!o.respondedOn) return `${STATUS_LABEL.late}。`;
  const days = daysBetween(o.due, o.respondedOn);
  return `${chineseDate(o.respondedOn)}报送落实情况，${days > 0 ? `逾期${days}天` : STATUS_LABEL.late}。`;
}

/**
 * The office's decision as the department must read it: an extension's new date; a return with the date of the
 * report returned and the day it was returned (你单位2021年12月15日报送的落实情况已于2022年1月10日退回), and its reason.
 */
export function decisionNote(o: Obligation): string {
  const d = o.decision;
  if (!d) return '';
  if (d.kind === 'returned') {
    const reported = returnedReportDate(o, d.date);
    return `你单位${reported ? chineseDate(reported) : ''}报送的落实情况已于${chineseDate(d.date)}退回，${d.note ? `退回理由：${d.note}。` : ''}请按要求重新报送。`;
  }
  if (d.kind === 'extended') return `经批准${d.label}${d.note ? `（理由：${d.note}）` : ''}。`;
  return '';
}

function item(part: NoticePart, o: Obligation, index: number): Block {
  const measure = part.policy.measures.find((m) => m.number === o.measure);
  const deadline = o.decision?.kind === 'extended' ? `${obligationDeadline(measure, { ...o, due: o.decision.originalDue ?? o.due }, part.result)}，${o.decision.label}` : obligationDeadline(measure, o, part.result);
  return paragraph(
    text(`${index + 1}. ${citeMeasure(part.policy, o.measure)}${measure ? quoted(measureTitle(measure, o.measure)) : '措施'}（${roleLabel(o)}）。`, { bold: true }),
    `完成时限：${deadline}。${whatIsOutstanding(o, chineseDate(part.result.asOf))}${decisionNote(o)}${chasedSentence(part.chasedOn?.(o.department, o.measure) ?? [])}`,
  );
}

interface Owed {
  part: NoticePart;
  outstanding: Obligation[];
}

/** The policies a department owes something on, each with its outstanding obligations. */
function owedBy(content: NoticeContent, department: string): Owed[] {
  return content.parts.map((part) => ({ part, outstanding: outstandingFor(part.result, department) })).filter((x) => x.outstanding.length > 0);
}

/** The items: as one list under one policy; grouped under each policy's name, numbered afresh, under several. */
function itemBlocks(owed: Owed[]): Block[] {
  // the items of one policy in the policy's order, each middle heading written once above the items under it
  const items = ({ part, outstanding }: Owed) =>
    underMiddleHeadings(outstanding, (o) => part.policy.measures.find((m) => m.number === o.measure)?.middleHeading, (o, i) => [item(part, o, i)]);
  if (owed.length === 1) return items(owed[0]);
  return owed.flatMap((x, g) => [
    { kind: 'heading', level: 2, text: `（${chineseNumber(g + 1)}）${policyReference(x.part.policy)}` } satisfies Block,
    ...items(x),
  ]);
}

const asOfOf = (content: NoticeContent): IsoDate => content.parts[0]?.result.asOf ?? content.date;

/** One department's notice, over every policy it owes something on; the caller makes sure there is something. */
export function noticeBlocks(content: NoticeContent, department: string): Block[] {
  const owed = owedBy(content, department);
  const policies = owed.map((x) => x.part.policy);
  const outstanding = owed.flatMap((x) => x.outstanding);
  const missing = outstanding.filter((o) => o.status === 'missing').length;
  const late = outstanding.length - missing;
  // A recurring duty reported late overall may still have periods never reported.
  const anyUnreported = missing > 0 || outstanding.some((o) => periodDates(o, 'missing').length > 0);
  const anyLate = late > 0 || outstanding.some((o) => periodDates(o, 'late').length > 0);
  const asOf = chineseDate(asOfOf(content));
  const replyBy = chineseDate(content.replyBy);
  const counts = [missing ? `${missing}项任务未报送落实情况` : '', late ? `${late}项任务逾期报送` : '']
    .filter(Boolean)
    .join('，');
  const request = anyUnreported
    ? `请于${replyBy}前报送上述未报送的落实情况${anyLate ? '，并书面说明逾期原因' : ''}。`
    : `请于${replyBy}前报送逾期原因的书面说明，今后按规定时限报送。`;
  const body: Block[] = [
    { kind: 'title', text: noticeTitle(policies) },
    { kind: 'blank' },
    { kind: 'addressee', text: `${department}：` },
    paragraph(`按照${policiesReference(policies)}要求，截至${asOf}，你单位承担的任务中有${counts}。现将有关事项通知如下：`),
    ...itemBlocks(owed),
    paragraph(`请你单位高度重视，对照任务要求抓紧推进落实。${request}`),
    paragraph('特此通知。'),
  ];
  return withSignature(body, signingOffice(content.office, policies), chineseDate(content.date));
}

export function noticesDocument(content: NoticeContent, departments: string[]): OfficialDocument {
  const owed = new Set(departments.flatMap((d) => owedBy(content, d).map((x) => x.part)));
  return {
    title: noticeTitle(content.parts.filter((p) => owed.has(p)).map((p) => p.policy)),
    parts: departments.map((d) => ({ blocks: noticeBlocks(content, d) })),
  };
}

/** Said instead of a notice when the chosen department, or every department, has nothing outstanding. */
export function nothingOutstandingDocument(content: NoticeContent, department?: string): OfficialDocument {
  const all = content.parts.map((p) => p.policy);
  const obligations = combinedResult(content.parts.map((p) => p.result)).obligations;
  const asOf = chineseDate(asOfOf(content));
  let policies = all;
  let statement: string;
  if (department) {
    const mine = content.parts.filter((p) => p.result.obligations.some((o) => o.department === department));
    const own = obligations.filter((o) => o.department === department);
    if (own.length === 0) {
      statement = `${department}在${policiesReference(all)}中没有承担具体任务，无需催办。`;
    } else {
      policies = mine.map((p) => p.policy);
      const counts = countByStatus(own);
      const parts = STATUS_ORDER.filter((s) => counts[s] > 0).map((s) => `${STATUS_LABEL[s]}${counts[s]}项`);
      const where = mine.length > 1 ? `在${policiesReference(policies)}中` : '';
      statement = `截至${asOf}，${department}${where}承担的${own.length}项任务中，${parts.join('，')}，没有未报送或逾期报送的任务，无需催办。`;
    }
  } else if (obligations.length === 0) {
    statement = `截至${asOf}，${policiesReference(all)}没有可统计的责任任务，无需催办。`;
  } else {
    statement = `截至${asOf}，各责任单位承担的${obligations.length}项任务均已按时报送或尚未到期，无需催办。`;
  }
  const title = `关于${subject(policies)}落实情况催办事项的说明`;
  return {
    title,
    parts: [
      {
        blocks: withSignature(
          [{ kind: 'title', text: title }, { kind: 'blank' }, paragraph(statement)],
          signingOffice(content.office, policies),
          chineseDate(content.date),
        ),
      },
    ],
  };
}
