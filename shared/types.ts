// Domain types shared by the Node side, the renderer and the tests. Pure data, no behaviour.

/** ISO calendar date, YYYY-MM-DD. */
export type IsoDate = string;

// ---------------------------------------------------------------- documents

export type DocumentFormat = 'txt' | 'docx' | 'pdf' | 'doc' | 'xlsx' | 'xls' | 'csv' | 'ofd' | 'html' | 'mht' | 'rtf' | 'image';

/** A stretch of a document's extracted text: offsets into ImportedDocument.text. */
export interface TextSpan {
  start: number;
  end: number;
}

/** How a scanned document (a PDF without a text layer, or a photo or scan image) was read by OCR. */
export interface OcrReading {
  /** The engine and its model. */
  engine: string;
  /** Pages recognised. */
  pages: number;
  /** Stretches read with low confidence: to be checked against the page image. */
  uncertain: TextSpan[];
}

/** One paragraph of an imported document, after layout repair. */
export interface Paragraph {
  index: number;
  /** Repaired text: page breaks and soft line breaks inside a sentence joined, page-number lines gone. */
  text: string;
  /** Offsets into ImportedDocument.text (the original extracted text) covering this paragraph. */
  start: number;
  end: number;
  /** 1-based page where the paragraph starts, where the format has pages. */
  page?: number;
  /** Formatting hints the importer could see (bold title run, heading style). */
  bold?: boolean;
  heading?: boolean;
  /** End (offset into `text`) of the bold run that opens the paragraph, where the importer can tell. */
  boldEnd?: number;
}

export interface ImportedDocument {
  fileName: string;
  path: string;
  size: number;
  /** sha256 of the file bytes, hex. */
  hash: string;
  format: DocumentFormat;
  pageCount: number | null;
  /** The original extracted text, for quoting; paragraph offsets point into it. */
  text: string;
  paragraphs: Paragraph[];
  /** Encoding a text file was decoded from (utf-8, gb18030). */
  encoding?: string;
  /** Present when the text was read from page images by OCR. */
  ocr?: OcrReading;
  warnings: string[];
}

export type ImportErrorCode =
  | 'unsupported-type'
  | 'empty-file'
  | 'too-large'
  | 'not-found'
  | 'corrupt-docx'
  | 'docx-no-body'
  | 'encrypted-pdf'
  | 'corrupt-pdf'
  | 'image-only-pdf'
  | 'garbled-text'
  | 'doc-unreadable'
  | 'corrupt-spreadsheet'
  | 'corrupt-ofd'
  | 'corrupt-archive'
  | 'corrupt-image'
  | 'ocr-cancelled'
  | 'no-text';

/** A file that could not be imported; message is zh-CN and names the file. */
export interface ImportFailure {
  file: string;
  code: ImportErrorCode;
  message: string;
}

// ---------------------------------------------------------------- policy extraction

export type DeadlineKind = 'by' | 'monthly' | 'quarterly' | 'annual' | 'period' | 'service-limit' | 'ongoing';

export interface Deadline {
  /** The original words, e.g. "11月底前". */
  text: string;
  /** Normalised date where one exists (the last day the duty can be met on). */
  date: IsoDate | null;
  kind: DeadlineKind;
  /** The date falls before the policy's date of issue. */
  beforeIssue: boolean;
  /**
   * For recurring duties: what repeats (day of month for monthly, e.g. 每月4日前 → 4). Weekly and half-yearly
   * duties (每周, 每半年) are kind 'ongoing': no period of their own is tracked, the rhythm is kept here.
   */
  recurrence?: { every: 'week' | 'month' | 'quarter' | 'half-year' | 'year'; day?: number; month?: number };
  /** For periods: first day (2021年1月至12月 → 2021-01-01); date holds the last day. */
  from?: IsoDate | null;
  /** A rhythm other than the recurrence periods: 每两个月 → { unit: 'month', every: 2 }, 每旬 → { unit: 'day', every: 10 }. */
  cadence?: { unit: 'day' | 'month'; every: number };
  /** Offsets into the text the deadline was found in. */
  start: number;
  end: number;
}

export type TargetComparison = '>=' | '<=' | '=' | '>' | '<';

export interface Target {
  /** The comparison and value as written (不少于1000名, 增长7%以上). */
  text: string;
  /** The words with what is measured (地区生产总值增长7%以上, 培育3家龙头企业), when the clause names it. */
  phrase?: string;
  value: number;
  unit: string;
  comparison: TargetComparison;
  start: number;
  end: number;
}

export interface Section {
  number: string;
  title: string;
  /** A responsibility written on the heading ("一、强化科技创新（区科技局牵头）"): it holds for the section's measures. */
  responsibility?: string;
}

export type ResponsibilityRole = 'lead' | 'support' | 'joint';

/** A heading between a section and its measures: （一） and its title, 深化商事制度改革. */
export interface MiddleHeading {
  label: string;
  title: string;
}

export interface Measure {
  number: number;
  /** Numbering as written: "1.", "（一）", "第一条". */
  label: string;
  /** Number of the section it sits in ("一"), or null when the policy has no sections. */
  section: string | null;
  /**
   * The heading between the section and the measure it sits under, as written (（一）深化商事制度改革 over 1. and 2.);
   * absent where there is none, and in a policy stored before middle headings were kept.
   */
  middleHeading?: MiddleHeading;
  title: string;
  text: string;
  /**
   * Canonical department names. With joint = true the departments that share the duty are listed in
   * `lead` (role 'joint'), and `support` is empty.
   */
  lead: string[];
  support: string[];
  /** True when two or more departments are named and none is marked 牵头: they share the duty. */
  joint: boolean;
  /** Generic actors such as 区政府有关部门, 各镇街: no specific department. */
  generic: string[];
  /** Department names exactly as written, before folding. */
  rawDepartments: string[];
  /** The words the responsibilities were read from. */
  responsibilityText: string | null;
  deadlines: Deadline[];
  targets: Target[];
  /** Paragraph indexes (into the source document) the measure covers. */
  paragraphs: number[];
}

export interface PolicyExtract {
  title: string;
  docNumber: string | null;
  issuer: string | null;
  issuedOn: IsoDate | null;
  printedOn: IsoDate | null;
  sections: Section[];
  measures: Measure[];
  /** Every specific department the policy names, canonical, sorted. */
  departments: string[];
  warnings: string[];
  /** The folding the policy implies: each name form seen (and the directory's name for it) → canonical. */
  aliases?: DepartmentAlias[];
}

/** A measure as the reading report cites it. */
export interface MeasureRef {
  number: number;
  label: string;
  /** The section it sits in, where it has one: a section read as one measure (六、) is cited as the part (第六部分). */
  section?: string | null;
  title: string;
}

export type PolicyField = 'title' | 'docNumber' | 'issuer' | 'issuedOn';

export interface ReadingReport {
  /** Measures with no specific department (none named, or generic actors only). */
  noDepartment: (MeasureRef & { generic: string[] })[];
  /** Responsibility words found but not read as departments. */
  unparsed: (MeasureRef & { text: string })[];
  /** Conventions stated once and applied from a measure on. */
  conventions: { kind: 'first-leads' | 'generic-everywhere'; words: string; from: MeasureRef; onward: boolean }[];
  /** Section headings whose responsibility their measures took (一、强化科技创新（区科技局牵头）). */
  headingDuties: { section: string; title: string; words: string }[];
  /** Deadlines that fall before the date of issue. */
  beforeIssue: (MeasureRef & { text: string; date: IsoDate })[];
  /** Metadata the document does not state; the user can set it on the policy. */
  missing: PolicyField[];
  /** The report in sentences (zh-CN), one per finding, for the CLI and notices. */
  lines: string[];
}

// ---------------------------------------------------------------- departments

export interface DepartmentAlias {
  /** A name as written (after whitespace normalisation). */
  alias: string;
  /** The canonical name it folds to. */
  canonical: string;
}

/** How names fold: explicit aliases first, then the generic normalisation rules. */
export interface DepartmentDirectory {
  aliases: DepartmentAlias[];
  /** Names users marked as generic actors (never specific departments). */
  generic: string[];
}

// ---------------------------------------------------------------- submissions

export type LinkHow = 'reference' | 'title' | 'content';

/**
 * counted: the link answers the measure and counts in compliance. suggestion: content alone, without
 * evidence that the report is about this policy; shown to the user, never counted.
 */
export type LinkStrength = 'counted' | 'suggestion';

export interface MeasureLink {
  measure: number;
  how: LinkHow;
  /** 1 for an explicit reference or a quoted title; the similarity for content links. */
  score: number;
  /** The passage that supports the link. */
  excerpt: string;
  paragraph: number;
  /** Absent in analyses stored before suggestions existed: those links count. */
  strength?: LinkStrength;
  /** Linked by the office by hand (kept through every re-analysis). */
  byHand?: boolean;
  /**
   * A row of a return gathering several bodies' progress (汇总表): the bodies the row answers for, in place of the
   * report's senders; empty when the row says nothing done. Absent on every other link.
   */
  answersFor?: string[];
}

export type DateSource = 'signature' | 'header' | 'import' | 'office';

export interface SubmissionAnalysis {
  file: string;
  /** Canonical names of the submitting departments. */
  departments: string[];
  rawDepartments: string[];
  date: IsoDate | null;
  dateSource: DateSource;
  /** The measures the report answers: its counted links (suggestions are left out). */
  measures: number[];
  links: MeasureLink[];
  warnings: string[];
}

// ---------------------------------------------------------------- compliance

export type ObligationStatus = 'on_time' | 'late' | 'missing' | 'pending';

export interface Evidence {
  file: string;
  date: IsoDate | null;
  excerpt: string;
  how: LinkHow;
}

export interface PeriodStatus {
  /** Due date of this period (after an extension, the new date). */
  due: IsoDate;
  status: ObligationStatus;
  respondedOn: IsoDate | null;
  /** What the office decided about this period, when anything. */
  decision?: DecisionMark;
}

// ---------------------------------------------------------------- the office's decisions

/** 办结 (done and closed), 延期 (extended), 免报 (not applicable), 退回 (response not accepted), 批示/备注 (a note). */
export type DecisionKind = 'closed' | 'extended' | 'exempt' | 'returned' | 'note';

/** One decision as recorded for a (measure, department[, period]). */
export interface Decision {
  id: number;
  /** The policy (document id) whose measure it is about; absent in data made before the portfolio. */
  policy?: number;
  measure: number;
  department: string;
  /** Due date of the period of a recurring duty it is about; null for the whole obligation. */
  period: IsoDate | null;
  kind: DecisionKind;
  /** The day it was decided (办结 date, the day a response was returned, …). */
  date: IsoDate;
  /** The note, the reason (延期, 免报, 退回) or the leader's 批示. */
  note: string | null;
  /** 延期: the new due date. */
  newDue: IsoDate | null;
  /** 延期: who approved it. */
  approver: string | null;
  /** The measure's title when it was decided, to carry it over to a re-imported policy. */
  measureTitle: string | null;
}

/** The decision in force on an obligation or a period, with the words every surface shows. */
export interface DecisionMark {
  kind: Exclude<DecisionKind, 'note'>;
  /** 办结, 延期至2022年3月31日, 免报, 退回. */
  label: string;
  date: IsoDate;
  note: string | null;
  newDue: IsoDate | null;
  approver: string | null;
  /** The due date before an extension. */
  originalDue?: IsoDate;
}

export interface Obligation {
  /** The policy (document id) the measure belongs to, where obligations of several policies are listed together. */
  policy?: number;
  measure: number;
  department: string;
  role: ResponsibilityRole;
  due: IsoDate;
  /** Where the due date came from: the measure's deadline or the workspace's reporting deadline. */
  dueSource: 'deadline' | 'report-deadline';
  status: ObligationStatus;
  respondedOn: IsoDate | null;
  /** The report counted names no date of its own: `respondedOn` is the day it was imported, not the day it was sent. */
  respondedOnImported?: true;
  evidence: Evidence[];
  /** Recurring duties: one row per period from the date of issue to the as-of date. */
  periods?: PeriodStatus[];
  /** What the office decided; the status above stays what the department reported (after an extension, against the new date). */
  decision?: DecisionMark;
  /** Free notes and leaders' 批示 on this obligation, oldest first. */
  notes?: { date: IsoDate; note: string }[];
}

export interface ComplianceNotes {
  /** Reports answering a measure the department is not responsible for. */
  offDuty: { file: string; department: string; measure: number }[];
  /** Submitting departments with no obligations at all. */
  unobliged: { file: string; department: string }[];
  /** Deadlines that fell before the date of issue. */
  beforeIssue: { measure: number; text: string; date: IsoDate }[];
}

export interface ComplianceResult {
  asOf: IsoDate;
  reportDeadline: IsoDate;
  obligations: Obligation[];
  notes: ComplianceNotes;
}
