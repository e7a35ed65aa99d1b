// Sentences and phrases shared by the report and the notices.
import type { ComplianceResult, Evidence, Measure, Obligation, PeriodStatus, PolicyExtract } from '../types';
import { chineseDate, daysBetween, headingText, tidy } from './format';
import { RECURRENCE_LABEL, ROLE_LABEL } from './labels';
import { bestEvidence, quoteExcerpt } from './excerpt';
import { citeMeasureList, isWholeSection, measureCitation, ownLabel } from '../extract/measure-citation';

/** A title in book-title marks; marks already inside it become the inner kind (〈〉). */
export function bookTitle(title: string): string {
  return `《${tidy(title).replace(/《/gu, '〈').replace(/》/gu, '〉')}》`;
}

/** Text in double quotes; double quotes inside it become single ones, as Chinese nesting requires. */
export function quoted(value: string): string {
  return `“${value.replace(/“/gu, '‘').replace(/”/gu, '’')}”`;
}

/** 《title》（市中政办发〔2021〕14号）, or just the title when the number is unknown. */
export function policyReference(policy: PolicyExtract): string {
  const number = policy.docNumber ? tidy(policy.docNumber) : '';
  return `${bookTitle(policy.title || '政策文件')}${number ? `（${number}）` : ''}`;
}

/** The measure's deadlines in the policy's words with their dates; null when it names none. */
export function deadlineWords(measure: Measure): string | null {
  // Words that name the same date share it: 年内、12月底前（2021年12月31日）.
  const groups: { words: string[]; suffix: string; key: string }[] = [];
  for (const d of measure.deadlines) {
    if (d.kind === 'service-limit') continue;
    const words = tidy(d.text);
    const recurrence = RECURRENCE_LABEL[d.kind];
    let suffix = '';
    if (recurrence) suffix = `（${recurrence}报送）`;
    else if (d.date && d.kind !== 'ongoing' && words !== chineseDate(d.date)) {
      suffix = d.kind === 'period' ? `（至${chineseDate(d.date)}）` : `（${chineseDate(d.date)}）`;
    }
    const key = suffix ? `${d.kind === 'period' ? 'period' : 'date'}${suffix}` : `words:${words}`;
    const same = groups.find((g) => g.key === key);
    if (same) {
      if (!same.words.includes(words)) same.words.push(words);
    } else groups.push({ words: [words], suffix, key });
  }
  return groups.length ? groups.map((g) => `${g.words.join('、')}${g.suffix}`).join('；') : null;
}

export function measureTitle(measure: Measure | undefined, number: number): string {
  const title = measure ? headingText(measure.title) : '';
  return title || `${measureCitation(measure ?? { label: '', number })}措施`;
}

/**
 * A measure as the text cites it, in the words the app shows beside it (第3条, 第二部分第1条), so a department reading a
 * notice or the report finds the measure by the same name on screen; a number the policy no longer has as 第N条.
 */
export function citeMeasure(policy: PolicyExtract, number: number): string {
  return citeMeasureList(policy.measures, [number]);
}

/** Several measures cited at once: 第3、5条, or each in full where they carry their section (第一部分第2条、第二部分第1条). */
export function citeMeasures(policy: PolicyExtract, numbers: number[]): string {
  return citeMeasureList(policy.measures, numbers);
}

/**
 * The measure's label as written where it names the measure's section ("二、1.", or "六、" for a section read as one
 * measure); null where its number names it.
 */
export function sectionLabel(measure: (Pick<Measure, 'label'> & { section?: string | null }) | undefined): string | null {
  const label = measure?.label.trim() ?? '';
  return label && (ownLabel(label) !== label || isWholeSection(measure!)) ? label : null;
}

/** A measure's heading in a report: "3. 标题", or its label as written where that names its section ("二、1. 标题"). */
export function measureHeading(measure: Measure, number: number, title: string): string {
  const label = sectionLabel(measure);
  return label ? `${label} ${title}` : `${number}. ${title}`;
}

/** A file name's extension: .docx, .pdf, .txt … (letters and digits after the last dot). */
const EXTENSION = /\.[A-Za-z][A-Za-z0-9]{0,4}$/u;
/** A note after a title in a file name: （民政）, (2), （修改稿）. */
const TRAILING_NOTE = /(?:[（(][^（）()]{1,12}[）)])+$/u;
/** A report's title: 关于 and the matter, closed by the kind of paper (区财政局关于……的报告, 关于……落实情况). */
const REPORT_TITLE = /关于.+(?:报告|汇报|情况|总结|说明|函|请示)$/u;

/**
 * A report as the office's papers cite it: by its title in book-title marks where the file is named by one
 * (《区财政局关于……的报告》, a note after it such as （民政） kept outside the marks), else by its file name
 * without the extension and without marks (住建局报告): a file name is not a title.
 */
export function fileLabel(file: string): string {
  const name = tidy(file.split(/[\\/]/).pop() ?? file);
  const stem = name.replace(EXTENSION, '') || name;
  const note = TRAILING_NOTE.exec(stem)?.[0] ?? '';
  const title = stem.slice(0, stem.length - note.length);
  return REPORT_TITLE.test(title) ? `${bookTitle(title)}${note}` : stem;
}

/** “…”（《title》 or file name）: the passage a department's report answers the measure with. */
export function evidenceQuote(evidence: Evidence[]): string | null {
  const best = bestEvidence(evidence);
  if (!best) return null;
  return `${quoted(quoteExcerpt(best.excerpt))}（${fileLabel(best.file)}）`;
}

function periodsPhrase(all: PeriodStatus[]): string {
  // 免报 periods are out of the count, as 免报 obligations are out of the totals.
  const periods = all.filter((p) => p.decision?.kind !== 'exempt');
  const count = (s: PeriodStatus['status']) => periods.filter((p) => p.status === s).length;
  const parts = [
    ['按时报送', count('on_time')],
    ['逾期报送', count('late')],
    ['未报送', count('missing')],
    ['未到期', count('pending')],
  ]
    .filter(([, n]) => (n as number) > 0)
    .map(([label, n]) => `${label}${n}期`);
  return `共${periods.length}期，其中${parts.join('、')}`;
}

/** What the office decided, with its date and reasons, e.g. 延期至2022年3月31日（原时限2021年11月30日；理由：…；批准人：…）. */
export function decisionPhrase(o: Obligation): string | null {
  const d = o.decision;
  if (!d) return null;
  const parts: string[] = [];
  if (d.kind === 'extended' && d.originalDue) parts.push(`原时限${chineseDate(d.originalDue)}`);
  else parts.push(chineseDate(d.date));
  if (d.note) parts.push(`${d.kind === 'closed' ? '说明' : '理由'}：${tidy(d.note)}`);
  if (d.approver) parts.push(`批准人：${tidy(d.approver)}`);
  const tail = d.kind === 'exempt' ? '，不计入统计' : '';
  return `${d.label}（${parts.join('；')}）${tail}`;
}

/** What a department did about a measure, e.g. 逾期报送，2021年12月15日报送，逾期15天. */
export function statusPhrase(o: Obligation): string {
  const due = chineseDate(o.due);
  const responded = o.respondedOn ? chineseDate(o.respondedOn) : null;
  let phrase: string;
  switch (o.status) {
    case 'on_time':
      phrase = responded ? `按时报送，${responded}报送` : '按时报送';
      break;
    case 'late': {
      const days = o.respondedOn ? daysBetween(o.due, o.respondedOn) : 0;
      phrase = responded ? `逾期报送，${responded}报送${days > 0 ? `，逾期${days}天` : ''}` : '逾期报送';
      break;
    }
    case 'missing':
      phrase = `未报送（时限为${due}）`;
      break;
    case 'pending':
      phrase = `未到期（时限为${due}）${responded ? `，已于${responded}报送` : ''}`;
      break;
  }
  if (o.periods && o.periods.length > 0) phrase += `；${periodsPhrase(o.periods)}`;
  const decided = decisionPhrase(o);
  if (decided) phrase += `；决定：${decided}`;
  for (const n of o.notes ?? []) phrase += `；批示/备注（${chineseDate(n.date)}）：${tidy(n.note)}`;
  return phrase;
}

export function roleLabel(o: Obligation): string {
  return ROLE_LABEL[o.role];
}

/** The due date, marked when it is the workspace's reporting deadline rather than the measure's own. */
export function dueWords(o: Obligation, result: ComplianceResult): string {
  const date = chineseDate(o.due);
  return o.dueSource === 'report-deadline' && o.due === result.reportDeadline ? `${date}（统一报送期限）` : date;
}

/** One obligation's deadline: the measure's words, noting when the reporting deadline was counted instead. */
export function obligationDeadline(measure: Measure | undefined, o: Obligation, result: ComplianceResult): string {
  const words = measure ? deadlineWords(measure) : null;
  if (!words) return dueWords(o, result);
  return o.dueSource === 'report-deadline' ? `${words}（按统一报送期限${chineseDate(o.due)}统计）` : words;
}

/** Periods of a recurring duty that are still outstanding, e.g. 2021年10月4日、2021年11月4日. */
/** Periods in a row at least this long are written as their first and last due dates. */
const SPAN_FROM = 3;

/**
 * The due dates of a recurring duty's periods in `status` (as periodDates counts them), each run of consecutive
 * periods of three or more written as its first and last (2022年7月31日至2024年12月31日各期), with how many there
 * are: thirty months unreported read as one span, not thirty dates.
 */
export function periodSpans(o: Obligation, status: PeriodStatus['status']): { text: string; count: number } {
  const periods = o.periods ?? [];
  const counted = periods.map((p) => p.status === status && p.decision?.kind !== 'exempt' && p.decision?.kind !== 'closed');
  const parts: string[] = [];
  for (let k = 0; k < periods.length; k++) {
    if (!counted[k]) continue;
    let end = k;
    while (end + 1 < periods.length && counted[end + 1]) end++;
    if (end - k + 1 >= SPAN_FROM) parts.push(`${chineseDate(periods[k].due)}至${chineseDate(periods[end].due)}各期`);
    else for (let j = k; j <= end; j++) parts.push(chineseDate(periods[j].due));
    k = end;
  }
  return { text: parts.join('、'), count: counted.filter(Boolean).length };
}

export function periodDates(o: Obligation, status: PeriodStatus['status']): string[] {
  // Periods the office closed or exempted are not chased.
  return (o.periods ?? [])
    .filter((p) => p.status === status && p.decision?.kind !== 'exempt' && p.decision?.kind !== 'closed')
    .map((p) => chineseDate(p.due));
}
