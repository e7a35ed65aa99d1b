// The one API contract between the renderer and the Node side: channel → input schema + output type.
// Electron main and the browser-mode server validate every input against these schemas.
import { z } from 'zod';
import type { MergePreview } from '../merge-preview';
import type { DepartmentPage } from '../portfolio/department-page';
import type { OverviewView } from '../portfolio/overview';
import type { ImportBatchRecord, NoticePreview, NoticeRecord } from '../records';
import type { ComplianceResult, Decision } from '../types';
import type { PolicyCompliance } from '../portfolio/types';
import type {
  ComparisonView,
  DepartmentRow,
  DocumentDetail,
  DocumentSummary,
  ImportBatchResult,
  JournalEntry,
  OriginalPdf,
  PageImage,
  PolicyView,
  SearchHit,
  WorkspaceInfo,
  WorkspaceSettings,
} from '../views';
import type { ChannelName } from './channels';
import { enumValueLabel, fieldLabel, typeLabel } from './field-labels';
import type { ApiError } from './result';

// ---------------------------------------------------------------- shared schemas

function isRealDate(text: string): boolean {
  const [y, m, d] = text.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期应写成“年-月-日”，如 2022-01-31')
  .refine(isRealDate, '日期不存在');

const nonEmpty = z.string().trim().min(1, '不能为空').max(2000);
const noInput = z.object({}).strict().optional();
const documentRole = z.enum(['policy', 'submission']);
const obligationStatus = z.enum(['on_time', 'late', 'missing', 'pending']);

export const matrixFilterSchema = z
  .object({
    departments: z.array(nonEmpty).max(500).optional(),
    sections: z.array(nonEmpty).max(500).optional(),
    statuses: z.array(obligationStatus).max(4).optional(),
  })
  .strict();

export const reportOptionsSchema = z
  .object({
    title: nonEmpty.optional(),
    office: nonEmpty.optional(),
    date: isoDateSchema.optional(),
    /** Append the journal (操作记录) to the report. */
    journal: z.boolean().optional(),
  })
  .strict();

const id = z.number().int().positive();
/** A policy of the workspace (its document id); absent: the first policy. */
const policyId = z.number().int().positive('政策编号应为正整数');
const measureNumber = z.number().int().positive('措施编号应为正整数');
const departmentName = z.string().trim().min(1, '部门名称不能为空').max(200);
const deadlineKind = z.enum(['by', 'monthly', 'quarterly', 'annual', 'period', 'service-limit', 'ongoing']);

export const measurePatchSchema = z
  .object({
    title: z.string().trim().min(1, '措施标题不能为空').max(500).optional(),
    lead: z.array(departmentName).max(100).optional(),
    support: z.array(departmentName).max(100).optional(),
    joint: z.boolean().optional(),
    deadlines: z
      .array(
        z
          .object({
            text: z.string().trim().max(200).default(''),
            date: isoDateSchema.nullable(),
            kind: deadlineKind,
            from: isoDateSchema.nullable().optional(),
          })
          .strict(),
      )
      .max(50)
      .optional(),
    targets: z.array(z.string().trim().min(1, '指标不能为空').max(500)).max(50).optional(),
  })
  .strict();

export const decisionInputSchema = z
  .object({
    policy: policyId.optional(),
    measure: measureNumber,
    department: departmentName,
    period: isoDateSchema.nullable().optional(),
    kind: z.enum(['closed', 'extended', 'exempt', 'returned', 'note']),
    date: isoDateSchema,
    note: z.string().trim().max(2000).nullable().optional(),
    newDue: isoDateSchema.nullable().optional(),
    approver: z.string().trim().max(100).nullable().optional(),
  })
  .strict();

export const journalFilterSchema = z
  .object({
    policy: policyId.optional(),
    measure: measureNumber.optional(),
    department: departmentName.optional(),
    kinds: z.array(z.enum(['import', 'remove', 'departments', 'ledger', 'report', 'decision', 'setting', 'undo'])).max(8).optional(),
    from: isoDateSchema.optional(),
    to: isoDateSchema.optional(),
  })
  .strict();

export const noticeOptionsSchema = z
  .object({
    replyBy: isoDateSchema,
    /** Only this policy's measures; absent: every policy the department owes something on. */
    policy: policyId.optional(),
    department: nonEmpty.optional(),
    departments: z.array(nonEmpty).min(1, '请至少选择一个部门').max(500).optional(),
    split: z.boolean().optional(),
    office: nonEmpty.optional(),
  })
  .strict();

// ---------------------------------------------------------------- outputs the views do not already name

export interface AppInfo {
  mode: 'electron' | 'browser';
  version: string;
  /** The host can show native file dialogs (Electron). */
  nativeDialogs: boolean;
}

/** A running or finished import, polled by the renderer so long imports never block the window. */
export interface ImportJob {
  id: string;
  total: number;
  done: number;
  /** File being read now, or the last one read. */
  file: string | null;
  /** Pages read so far of the scan being read by OCR now. */
  page: { done: number; total: number } | null;
  /** The user stopped the batch: the scan being read and the files after it were not imported. */
  cancelled: boolean;
  finished: boolean;
  result: ImportBatchResult | null;
  error: ApiError | null;
}

export interface ExportedFile {
  name: string;
  /** Where the file was written on the Node side. */
  path: string;
  /** Browser mode: fetch GET /api/download/<id> to save it. */
  downloadId?: string;
}

export interface ExportResult {
  canceled: boolean;
  files: ExportedFile[];
}

// ---------------------------------------------------------------- the contract

interface ChannelSpec<I extends z.ZodTypeAny, O> {
  input: I;
  /** Phantom: carries the output type only. */
  output: O;
}

function channel<O>() {
  return <I extends z.ZodTypeAny>(input: I): ChannelSpec<I, O> => ({ input, output: undefined as unknown as O });
}

export const contract = {
  'app/info': channel<AppInfo>()(noInput),
  'workspace/info': channel<WorkspaceInfo>()(noInput),
  /** Without a path the host asks with a dialog; null means the user cancelled. */
  'workspace/open': channel<WorkspaceInfo | null>()(z.object({ path: nonEmpty.optional() }).strict()),
  'workspace/create': channel<WorkspaceInfo | null>()(z.object({ path: nonEmpty.optional() }).strict()),
  /** Starts an import and returns at once; poll documents/import-status. Without paths the host asks with a dialog. */
  'documents/import': channel<ImportJob | null>()(
    z
      .object({
        paths: z.array(nonEmpty).min(1, '没有选择文件').max(500).optional(),
        role: z.enum(['policy', 'submission', 'auto']),
      })
      .strict(),
  ),
  'documents/import-status': channel<ImportJob>()(z.object({ jobId: nonEmpty }).strict()),
  /** Stops a running import: the scan being read by OCR stops, files not yet read are not imported. */
  'documents/import-cancel': channel<ImportJob>()(z.object({ jobId: nonEmpty }).strict()),
  /** A page of a scanned document, rendered from the file it was imported from (null: not a scan). */
  'documents/page-image': channel<PageImage | null>()(
    z.object({ id: z.number().int().positive(), page: z.number().int().positive() }).strict(),
  ),
  /** A PDF's own bytes as imported, for drawing its pages (null: not a PDF). */
  'documents/original': channel<OriginalPdf | null>()(z.object({ id: z.number().int().positive() }).strict()),
  /** Imports the sample set shipped with the app (policy, then reports); poll documents/import-status. */
  'documents/import-sample': channel<ImportJob>()(noInput),
  /** Past import batches, newest first: when, which files, what became of each. */
  'documents/import-history': channel<ImportBatchRecord[]>()(
    z.object({ limit: z.number().int().min(1).max(500).optional() }).strict().optional(),
  ),
  'documents/list': channel<DocumentSummary[]>()(noInput),
  'documents/get': channel<DocumentDetail | null>()(z.object({ id: z.number().int().positive() }).strict()),
  'documents/remove': channel<DocumentSummary[]>()(z.object({ id: z.number().int().positive() }).strict()),
  /** Corrections to a report: who sent it and when. */
  'documents/correct': channel<DocumentDetail | null>()(
    z.object({ id, departments: z.array(departmentName).min(1, '请至少填写一个报送单位').max(20).optional(), date: isoDateSchema.optional() }).strict(),
  ),
  /** Links a report to a measure by hand: one paragraph (its index) or, without one, the whole report. */
  'documents/link': channel<DocumentDetail | null>()(
    z.object({ id, measure: measureNumber, paragraph: z.number().int().min(0).nullable().optional(), policy: policyId.optional() }).strict(),
  ),
  'documents/unlink': channel<DocumentDetail | null>()(z.object({ id, measure: measureNumber, policy: policyId.optional() }).strict()),
  /** The office says which policies a report answers; null gives the choice back to the reading. */
  'documents/attribute': channel<DocumentDetail | null>()(z.object({ id, policies: z.array(policyId).max(500).nullable() }).strict()),
  'documents/set-role': channel<DocumentSummary[]>()(z.object({ id, role: documentRole }).strict()),
  'policy/get': channel<PolicyView | null>()(z.object({ policy: policyId.optional() }).strict().optional()),
  /** Corrections to the ledger; each returns the corrected policy. */
  'policy/update-measure': channel<PolicyView | null>()(z.object({ number: measureNumber, patch: measurePatchSchema, policy: policyId.optional() }).strict()),
  'policy/add-measure': channel<PolicyView | null>()(
    z
      .object({
        policy: policyId.optional(),
        number: measureNumber.optional(),
        label: z.string().trim().max(20).optional(),
        section: z.string().trim().max(20).nullable().optional(),
        title: z.string().trim().min(1, '措施标题不能为空').max(500),
        text: z.string().trim().max(5000).optional(),
        lead: z.array(departmentName).max(100).optional(),
        support: z.array(departmentName).max(100).optional(),
      })
      .strict(),
  ),
  'policy/remove-measure': channel<PolicyView | null>()(z.object({ number: measureNumber, policy: policyId.optional() }).strict()),
  'policy/merge-measures': channel<PolicyView | null>()(z.object({ from: measureNumber, into: measureNumber, policy: policyId.optional() }).strict()),
  'policy/update-meta': channel<PolicyView | null>()(
    z
      .object({
        policy: policyId.optional(),
        title: z.string().trim().min(1).max(300).optional(),
        docNumber: z.string().trim().max(100).nullable().optional(),
        issuer: z.string().trim().max(200).nullable().optional(),
        issuedOn: isoDateSchema.nullable().optional(),
      })
      .strict(),
  ),
  /** asOf defaults to the workspace setting, then today. */
  'compliance/matrix': channel<ComplianceResult>()(
    z.object({ asOf: isoDateSchema.optional(), filter: matrixFilterSchema.optional(), policy: policyId.optional() }).strict(),
  ),
  /** Every policy's obligations as of a date, each with its policy; the filter applies to each. */
  'compliance/portfolio': channel<PolicyCompliance[]>()(
    z.object({ asOf: isoDateSchema.optional(), filter: matrixFilterSchema.optional() }).strict(),
  ),
  'compliance/compare': channel<ComparisonView | null>()(
    z
      .object({ measure: z.number().int().positive(), department: nonEmpty, asOf: isoDateSchema.optional(), policy: policyId.optional() })
      .strict(),
  ),
  /** 总览: every policy's figures, deadlines coming up, departments ranked, and the trend by month's end. */
  'portfolio/overview': channel<OverviewView>()(z.object({ asOf: isoDateSchema.optional() }).strict().optional()),
  /** 部门: what one department owes on every policy, with decisions, evidence and its history; null for an unknown name. */
  'departments/page': channel<DepartmentPage | null>()(z.object({ name: nonEmpty, asOf: isoDateSchema.optional() }).strict()),
  'decisions/record': channel<Decision>()(decisionInputSchema),
  'journal/list': channel<JournalEntry[]>()(z.object({ filter: journalFilterSchema.optional() }).strict().optional()),
  /** Reverts one entry (the last change when no id is given); the undo is itself an entry. */
  'journal/undo': channel<JournalEntry>()(z.object({ id: id.optional() }).strict().optional()),
  'search/query': channel<SearchHit[]>()(
    z
      .object({
        query: z.string().trim().min(1, '请输入检索词').max(200),
        filter: z.object({ role: documentRole.optional(), department: nonEmpty.optional(), policy: policyId.optional() }).strict().optional(),
        limit: z.number().int().min(1).max(500).optional(),
      })
      .strict(),
  ),
  'departments/list': channel<DepartmentRow[]>()(noInput),
  'departments/merge': channel<DepartmentRow[]>()(
    z.object({ names: z.array(nonEmpty).min(1, '请至少选择一个部门').max(200), into: nonEmpty }).strict(),
  ),
  /** What the merge would change (obligations, reports, statuses as of the date); nothing is changed. */
  'departments/merge-preview': channel<MergePreview>()(
    z
      .object({ names: z.array(nonEmpty).min(1, '请至少选择一个部门').max(200), into: nonEmpty, asOf: isoDateSchema.optional() })
      .strict(),
  ),
  'departments/split': channel<DepartmentRow[]>()(z.object({ alias: nonEmpty }).strict()),
  'departments/set-generic': channel<DepartmentRow[]>()(z.object({ name: nonEmpty, generic: z.boolean() }).strict()),
  /** The reporting deadline is the policy's own (the first policy's when none is named); the as-of date is the workspace's. */
  'settings/get': channel<WorkspaceSettings>()(z.object({ policy: policyId.optional() }).strict().optional()),
  'settings/set': channel<WorkspaceSettings>()(
    z
      .object({ reportDeadline: isoDateSchema.nullable().optional(), asOf: isoDateSchema.nullable().optional(), policy: policyId.optional() })
      .strict(),
  ),
  /** One policy's compliance report, or with policy 'all' a 督查通报 across every policy. */
  'export/report': channel<ExportResult>()(
    z.object({ asOf: isoDateSchema.optional(), options: reportOptionsSchema.optional(), policy: z.union([policyId, z.literal('all')]).optional() }).strict(),
  ),
  'export/notices': channel<ExportResult>()(
    z.object({ asOf: isoDateSchema.optional(), options: noticeOptionsSchema }).strict(),
  ),
  /** What each department's notice would say (all with something outstanding, or those chosen), nothing written. */
  'export/notice-preview': channel<NoticePreview[]>()(
    z.object({ asOf: isoDateSchema.optional(), options: noticeOptionsSchema }).strict(),
  ),
  /** The notices sent so far, newest first. */
  'export/notice-records': channel<NoticeRecord[]>()(noInput),
  /** The Excel workbook: the matrix, the missing-and-late list and the ledger. */
  'export/xlsx': channel<ExportResult>()(z.object({ asOf: isoDateSchema.optional(), policy: policyId.optional() }).strict()),
} satisfies Record<ChannelName, ChannelSpec<z.ZodTypeAny, unknown>>;

export type Contract = typeof contract;
/** What a caller passes. */
export type InputOf<C extends ChannelName> = z.input<Contract[C]['input']>;
/** What a handler receives after validation. */
export type ParsedInputOf<C extends ChannelName> = z.output<Contract[C]['input']>;
export type OutputOf<C extends ChannelName> = Contract[C]['output'];

export type { ChannelName } from './channels';
export { channelNames, isChannelName } from './channels';

/** Validates a raw input for a channel; the message is zh-CN and names the offending field in the user's words. */
export function parseInput<C extends ChannelName>(
  name: C,
  raw: unknown,
): { ok: true; value: ParsedInputOf<C> } | { ok: false; message: string } {
  const parsed = contract[name].input.safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data as ParsedInputOf<C> };
  const issue = parsed.error.issues[0];
  const label = issue ? fieldLabel(issue.path) : null;
  return { ok: false, message: `${label ?? '输入'}不正确：${issue ? describeIssue(issue) : '无法识别'}` };
}

// zod's own messages are English; the ones we wrote ourselves are already zh-CN.
function describeIssue(issue: z.ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.received === 'undefined' ? '缺少必填项' : `应为${typeLabel(issue.expected)}`;
    case 'unrecognized_keys': {
      const known = issue.keys.map((k) => fieldLabel([k])).filter((k): k is string => k !== null);
      return known.length ? `多出了不该有的内容：${known.join('、')}` : '多出了不该有的内容';
    }
    case 'invalid_enum_value':
      return `应为 ${issue.options.map(enumValueLabel).join('、')} 之一`;
    case 'too_small':
    case 'too_big':
    case 'custom':
    case 'invalid_string':
      return /[\u4e00-\u9fff]/.test(issue.message) ? issue.message : '取值超出范围';
    default:
      return '格式不正确';
  }
}
