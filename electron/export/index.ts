// Word export: the compliance report and the reminder notices, laid out after GB/T 9704-2012. Their content
// is built in shared/export (pure); this adapter checks the inputs and hands the blocks to the docx writer.
import { safeFileStem } from '../../shared/text/file-name';
import type { ComplianceResult, IsoDate, PolicyExtract } from '../../shared/types';
import type { JournalEntry } from '../../shared/views';
import { writeDocx } from './docx-writer';
import { isIsoDate, tidy, todayIso } from '../../shared/export/format';
import { noticesDocument, nothingOutstandingDocument, type NoticeContent } from '../../shared/export/notice-content';
import { departmentsWithOutstanding } from '../../shared/export/outstanding';
import { defaultReportTitle, reportDocument } from '../../shared/export/report-content';

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

export interface NoticeInput {
  policy: PolicyExtract;
  result: ComplianceResult;
  /** YYYY-MM-DD the departments must answer by. */
  replyBy: string;
  office?: string;
  date?: string;
  /** Only this department (canonical name). */
  department?: string;
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

/** The office signing the document: as given, else the policy's issuer; none when both are blank. */
function officeOf(office: string | undefined, policy: PolicyExtract): string | null {
  const name = tidy(office ?? policy.issuer ?? '');
  return name || null;
}

export async function buildComplianceReport(input: ReportInput): Promise<Buffer> {
  const title = tidy(input.title ?? '') || defaultReportTitle(input.policy);
  return writeDocx(
    reportDocument({
      policy: input.policy,
      result: input.result,
      title,
      office: officeOf(input.office, input.policy),
      date: checkDate(input.date ?? todayIso(), '成文日期'),
      journal: input.journal,
    }),
  );
}

function noticeContent(input: NoticeInput): NoticeContent {
  return {
    policy: input.policy,
    result: input.result,
    replyBy: checkDate(input.replyBy, '报送截止日期'),
    office: officeOf(input.office, input.policy),
    date: checkDate(input.date ?? todayIso(), '成文日期'),
  };
}

/** The departments the notices go to: all with something outstanding, or the one asked for if it has any. */
function recipients(input: NoticeInput): string[] {
  const all = departmentsWithOutstanding(input.result);
  return input.department === undefined ? all : all.filter((d) => d === input.department);
}

/**
 * All notices in one document, each starting on a new page with its own page numbers. When nobody
 * (or not the chosen department) has anything outstanding, the document says so instead.
 */
export async function buildReminderNotices(input: NoticeInput): Promise<Buffer> {
  const content = noticeContent(input);
  const departments = recipients(input);
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
  for (const department of recipients(input)) {
    files.push({ department, fileName: uniqueName(noticeFileName(department), taken), data: await writeDocx(noticesDocument(content, [department])) });
  }
  return files;
}
