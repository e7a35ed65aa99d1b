// What the workspace service hands to its hosts (CLI, Electron main, browser-mode server) and the renderer.
import type { Attribution, PolicyRef } from './portfolio/types';
import type { ReviewItem } from './corrections/ledger';
import type {
  ComplianceResult,
  Decision,
  DocumentFormat,
  ImportFailure,
  IsoDate,
  Measure,
  ObligationStatus,
  OcrReading,
  Paragraph,
  PolicyExtract,
  SubmissionAnalysis,
} from './types';

export type DocumentRole = 'policy' | 'submission';

export interface WorkspaceInfo {
  /** Absolute path of the workspace's SQLite file. */
  path: string;
  hasPolicy: boolean;
  /** The first policy's title. */
  policyTitle: string | null;
  /** Every policy of the workspace. */
  policies: PolicyRef[];
  documentCount: number;
  submissionCount: number;
  settings: WorkspaceSettings;
  /** The reporting deadline that applies when none is set: 31 December of the policy's year. */
  defaultReportDeadline: IsoDate | null;
  /**
   * While the reports are being read again after a correction to the ledger: how many of how many are done (the
   * views show the others as read before the correction until they are).
   */
  rereading?: { done: number; total: number };
  /**
   * Where reports are read again in slices: how many such re-readings have run to the end since the workspace opened.
   * A view fetched while one ran (the answer to the change itself) is fetched again when this grows.
   */
  rereadsDone?: number;
}

export interface WorkspaceSettings {
  /** Due date of measures that name no deadline; defaults to 31 December of the policy's year. */
  reportDeadline: IsoDate | null;
  /** Date the compliance views are computed as of; null means today. */
  asOf: IsoDate | null;
}

export interface DocumentSummary {
  id: number;
  role: DocumentRole;
  fileName: string;
  format: DocumentFormat;
  size: number;
  pageCount: number | null;
  importedAt: string;
  /** Submissions: departments and report date. */
  departments: string[];
  date: IsoDate | null;
  dateSource: SubmissionAnalysis['dateSource'] | null;
  measures: number[];
  warnings: string[];
  /** The office corrected this report (departments, date or links). */
  corrected?: boolean;
  /** Reports: the policies it answers and how each was found; empty when it answers none of them. */
  policies?: (Attribution & { label: string })[];
}

export interface DocumentDetail extends DocumentSummary {
  text: string;
  paragraphs: Paragraph[];
  /** The reading shown first: against the first policy it answers, else the policy-free reading. */
  analysis: SubmissionAnalysis | null;
  /** The report read against each policy it answers. */
  readings?: { policy: number; label: string; analysis: SubmissionAnalysis }[];
  /** How the text was recognised, for a scan or a picture; null when it was read from the file's own text. */
  ocr: OcrReading | null;
}

/** A batch's progress; `page` counts the pages of the scan being read by OCR now. */
export type ImportProgress = { done: number; total: number; file: string; page?: { done: number; total: number } };

/** A page of a scanned document as a picture, for reading beside its recognised text. */
export interface PageImage {
  /** PNG as a data: URL. */
  dataUrl: string;
  width: number;
  height: number;
  page: number;
  pageCount: number;
}

/** A PDF as it was imported, for drawing its pages beside the text read from them. */
export interface OriginalPdf {
  fileName: string;
  pageCount: number | null;
  /** The file's bytes, base64. */
  data: string;
}

export interface ImportFileResult {
  file: string;
  ok: boolean;
  role?: DocumentRole;
  documentId?: number;
  /** Same content already in the workspace: nothing changed. */
  duplicate?: boolean;
  error?: ImportFailure;
  warnings?: string[];
}

export interface ImportBatchResult {
  results: ImportFileResult[];
  imported: number;
  failed: number;
}

export interface PolicyView {
  documentId: number;
  /** The ledger as the office corrected it. */
  extract: PolicyExtract;
  paragraphs: Paragraph[];
  /** Measures the office corrected (numbers), to mark them. */
  corrected: number[];
  /** Corrections and decisions that no longer fit the policy as read now (after a new version was imported). */
  review: ReviewItem[];
}

export interface MatrixFilter {
  departments?: string[];
  sections?: string[];
  statuses?: ObligationStatus[];
}

/** How a document's own pages can be shown: a PDF drawn as it prints, or a scan beside the text read from it. */
export type OriginalKind = 'pdf' | 'scan';

export interface ComparisonView {
  /** The policy the measure is of: its document's id, and how its own pages can be shown (null: they cannot). */
  policy: number;
  policyOriginal: OriginalKind | null;
  measure: Measure;
  department: string;
  status: ComplianceResult['obligations'][number] | null;
  /** The department's responses to this measure, earliest first, with the linked passages. */
  responses: {
    documentId: number;
    fileName: string;
    date: IsoDate | null;
    paragraphs: Paragraph[];
    /** Indexes of the paragraphs that answer the measure. */
    linked: number[];
    original: OriginalKind | null;
    /** The report is a return gathering several bodies' rows (汇总表): who sent it, the rows answering for this department. */
    gatheredBy?: string[];
  }[];
  /** Tokens shared by the measure and the responses (jieba), for highlighting. */
  sharedTerms: string[];
  /** The department's other obligations, in order, to move next / previous. */
  siblings: number[];
  /** Every decision recorded on this obligation, oldest first. */
  decisions: Decision[];
}

export interface SearchFilter {
  /** Only the policy itself and the reports that answer it. */
  policy?: number;
  role?: DocumentRole;
  department?: string;
}

export interface SearchHit {
  documentId: number;
  fileName: string;
  role: DocumentRole;
  paragraph: number;
  /** Snippet with the matches wrapped in \u0001 … \u0002 markers. */
  snippet: string;
  rank: number;
  /** Who sent the report (its departments, 、-joined), or the policy's issuer; null when unknown. */
  department: string | null;
  /** The report's date, or the policy's date of issue; null when unknown. */
  date: IsoDate | null;
}

export interface DepartmentRow {
  canonical: string;
  aliases: string[];
  generic: boolean;
  obligations: number;
  submissions: number;
}

export interface ReportOptions {
  title?: string;
  office?: string;
  date?: IsoDate;
  /** Append the journal as 附件：操作记录. */
  journal?: boolean;
}

export interface NoticeOptions {
  replyBy: IsoDate;
  /** Only this policy's measures (document id); absent: every policy the department owes something on. */
  policy?: number;
  department?: string;
  /** Only these departments, as the office chose them (a body that is not a government department left out). */
  departments?: string[];
  /** One document for all departments, or one file per department. */
  split?: boolean;
  office?: string;
}

// ---------------------------------------------------------------- the journal

export type JournalKind = 'import' | 'remove' | 'departments' | 'ledger' | 'report' | 'decision' | 'setting' | 'undo';

export interface JournalEntry {
  id: number;
  /** ISO timestamp. */
  at: string;
  /** The operating-system user who made the change. */
  who: string;
  kind: JournalKind;
  /** What changed, in one zh-CN sentence. */
  summary: string;
  measure: number | null;
  department: string | null;
  /** The policy (document id) the change is about; null for the workspace as a whole or before the portfolio. */
  policy: number | null;
  /** What the change touched, before and after (slot → value). */
  before: Record<string, unknown>;
  after: Record<string, unknown>;
  /** An undo names the entry it reverted. */
  undoes: number | null;
  /** The entry that reverted this one. */
  undoneBy: number | null;
  /** Whether it can be reverted now; when not, why. */
  undoable: boolean;
  blockedBy: string | null;
}

export interface JournalFilter {
  /** Only what concerns this policy (document id). */
  policy?: number;
  measure?: number;
  department?: string;
  kinds?: JournalKind[];
  from?: IsoDate;
  to?: IsoDate;
}
