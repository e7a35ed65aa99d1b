// What the workspace service hands to its hosts (CLI, Electron main, browser-mode server) and the renderer.
import type {
  ComplianceResult,
  DocumentFormat,
  ImportFailure,
  IsoDate,
  Measure,
  ObligationStatus,
  Paragraph,
  PolicyExtract,
  SubmissionAnalysis,
} from './types';

export type DocumentRole = 'policy' | 'submission';

export interface WorkspaceInfo {
  /** Absolute path of the workspace's SQLite file. */
  path: string;
  hasPolicy: boolean;
  policyTitle: string | null;
  documentCount: number;
  submissionCount: number;
  settings: WorkspaceSettings;
  /** The reporting deadline that applies when none is set: 31 December of the policy's year. */
  defaultReportDeadline: IsoDate | null;
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
}

export interface DocumentDetail extends DocumentSummary {
  text: string;
  paragraphs: Paragraph[];
  analysis: SubmissionAnalysis | null;
}

export type ImportProgress = { done: number; total: number; file: string };

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
  extract: PolicyExtract;
  paragraphs: Paragraph[];
}

export interface MatrixFilter {
  departments?: string[];
  sections?: string[];
  statuses?: ObligationStatus[];
}

export interface ComparisonView {
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
  }[];
  /** Tokens shared by the measure and the responses (jieba), for highlighting. */
  sharedTerms: string[];
  /** The department's other obligations, in order, to move next / previous. */
  siblings: number[];
}

export interface SearchFilter {
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
}

export interface NoticeOptions {
  replyBy: IsoDate;
  department?: string;
  /** Only these departments, as the office chose them (a body that is not a government department left out). */
  departments?: string[];
  /** One document for all departments, or one file per department. */
  split?: boolean;
  office?: string;
}
