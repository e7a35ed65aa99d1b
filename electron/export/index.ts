// Word export: the compliance report, the 督查通报 across policies and the reminder notices, laid out after
// GB/T 9704-2012. Their content is built in shared/export (pure); this adapter checks the inputs and hands the
// blocks to the docx writer.
import { safeFileStem } from '../../shared/text/file-name';
import type { ComplianceResult, IsoDate, PolicyExtract } from '../../shared/types';
import type { JournalEntry } from '../../shared/views';
import { writeDocx } from './docx-writer';
import { isIsoDate, tidy, todayIso } from '../../shared/export/format';
import { plainLines } from '../../shared/export/document-model';
import { noticeBlocks, noticesDocument, nothingOutstandingDocument, signingOffice, type NoticeContent, type NoticePart } from '../../shared/export/notice-content';
import { combinedResult, departmentsWithOutstanding } from '../../shared/export/outstanding';
import { defaultReportTitle, reportDocument } from '../../shared/export/report-content';
import { bulletinDocument, defaultBulletinTitle, type BulletinPart } from '../../shared/export/bulletin-content';

export { departmentsWithOutstanding } from '../../shared/export/outstanding';
export { rankDepartments } from '../../shared/export/summary';

export interface ReportInput {
  policy: PolicyExtract;
  result: ComplianceResult;
  title?: string;
  office?: string;
  /** YYYY-MM-DD; today when absent. */
  date?: string;
  /** The journal to append as 附件, newest first. */
  journal?: JournalEntry[];
}

export interface BulletinInput {
  /** Every policy with its obligations as of one date. */
  parts: BulletinPart[];
  title?: string;
  office?: string;
  date?: string;
  journal?: JournalEntry[];
  /** The overview's status chart as PNG bytes, drawn into 总体情况; none leaves the chart out. */
  chart?: Uint8Array | null;
}

export interface NoticeInput {
  /** The policies the notices cover (one, or every policy of the workspace), sharing the as-of date. */
  parts: NoticePart[];
  /** YYYY-MM-DD the departments must answer by. */
  replyBy: string;
  office?: string;
  date?: string;
  /** Only this department (canonical name). */
  department?: string;
  /** Only these departments (canonical names), as the office chose them. */
  departments?: string[];
}

export interface NoticeFile {
  department: string;
  fileName: string;
  data: Buffer;
}

function checkDate(value: string, what: string): IsoDate {
  if (!isIsoDate(value)) throw new RangeError(`${what}格式无效：“${value}”，应为YYYY-MM-DD。`);
  return value;
}

export async function buildComplianceReport(input: ReportInput): Promise<Buffer> {
  const title = tidy(input.title ?? '') || defaultReportTitle(input.policy);
  return writeDocx(
    reportDocument({
      policy: input.policy,
      result: input.result,
      title,
      office: signingOffice(input.office, [input.policy]),
      date: checkDate(input.date ?? todayIso(), '成文日期'),
      journal: input.journal,
    }),
  );
}

/** The 督查通报: every policy's figures, the departments ranked across them, what is outstanding on each. */
export async function buildBulletin(input: BulletinInput): Promise<Buffer> {
  const policies = input.parts.map((p) => p.policy);
  return writeDocx(
    bulletinDocument({
      parts: input.parts,
      title: tidy(input.title ?? '') || defaultBulletinTitle(),
      office: signingOffice(input.office, policies),
      date: checkDate(input.date ?? todayIso(), '成文日期'),
      journal: input.journal,
      chart: input.chart ?? undefined,
    }),
  );
}

function noticeContent(input: NoticeInput): NoticeContent {
  return {
    parts: input.parts,
    replyBy: checkDate(input.replyBy, '报送截止日期'),
    ...(input.office !== undefined ? { office: input.office } : {}),
    date: checkDate(input.date ?? todayIso(), '成文日期'),
  };
}

/** Every department with something outstanding on any of the policies, most missing first across them. */
export const noticeDepartments = (parts: readonly NoticePart[]): string[] => departmentsWithOutstanding(combinedResult(parts.map((p) => p.result)));

/** The departments the notices go to: all with something outstanding, or those asked for that have any. */
export function noticeRecipients(input: Pick<NoticeInput, 'parts' | 'department' | 'departments'>): string[] {
  const all = noticeDepartments(input.parts);
  const chosen = input.departments ?? (input.department === undefined ? undefined : [input.department]);
  return chosen === undefined ? all : all.filter((d) => chosen.includes(d));
}

/** What each notice would say, as plain lines, before anything is written. */
export function noticePreviews(input: NoticeInput): { department: string; lines: string[] }[] {
  const content = noticeContent(input);
  return noticeDepartments(input.parts).map((department) => ({ department, lines: plainLines(noticeBlocks(content, department)) }));
}

/**
 * All notices in one document, each starting on a new page with its own page numbers. When nobody
 * (or not the chosen department) has anything outstanding, the document says so instead.
 */
export async function buildReminderNotices(input: NoticeInput): Promise<Buffer> {
  const content = noticeContent(input);
  const departments = noticeRecipients(input);
  if (departments.length === 0) return writeDocx(nothingOutstandingDocument(content, input.department));
  return writeDocx(noticesDocument(content, departments));
}

/** Longest department part of a notice's file name; a name cut short ends in a tag of the whole name. */
const NOTICE_NAME_CHARS = 60;

/** 催办通知-<department>.docx: a name Windows can create (see shared/text/file-name.ts), however long the department's. */
export function noticeFileName(department: string): string {
  return `催办通知-${safeFileStem(department, NOTICE_NAME_CHARS) || '未命名单位'}.docx`;
}

/** The notice's file name, numbered when another department's already took it (Windows ignores case). */
function uniqueName(name: string, taken: Set<string>): string {
  let candidate = name;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = name.replace(/\.docx$/, `-${n}.docx`);
  taken.add(candidate.toLowerCase());
  return candidate;
}

/** One file per department with something outstanding; none when there is nothing to chase. */
export async function buildReminderNoticeFiles(input: NoticeInput): Promise<NoticeFile[]> {
  const content = noticeContent(input);
  const files: NoticeFile[] = [];
  const taken = new Set<string>();
  for (const department of noticeRecipients(input)) {
    files.push({ department, fileName: uniqueName(noticeFileName(department), taken), data: await writeDocx(noticesDocument(content, [department])) });
  }
  return files;
}
