// What the workspace remembers of the office's own actions: import batches and reminder notices sent.
import type { IsoDate, ObligationStatus } from './types';
import type { DocumentRole, ImportFileResult } from './views';

/** One import batch as it ended: when, which files, and what became of each. */
export interface ImportBatchRecord {
  id: number;
  /** ISO 8601 timestamps (UTC). */
  startedAt: string;
  finishedAt: string;
  role: DocumentRole | 'auto';
  total: number;
  imported: number;
  failed: number;
  files: ImportFileResult[];
}

/** One measure a notice chased. */
export interface NoticeItem {
  /** The policy (document id) the measure belongs to. */
  policy?: number;
  measure: number;
  status: Extract<ObligationStatus, 'missing' | 'late'>;
  due: IsoDate;
}

/** One reminder notice sent to one department. */
export interface NoticeRecord {
  id: number;
  /** ISO 8601 timestamp (UTC) of the export. */
  sentAt: string;
  /** The office's calendar date of the export: the day the notice was issued. */
  sentOn: IsoDate;
  asOf: IsoDate;
  replyBy: IsoDate;
  department: string;
  /** The file it was written to, when known. */
  file: string | null;
  items: NoticeItem[];
}

/** What a notice to one department would say, before it is written. */
export interface NoticePreview {
  department: string;
  /** Measures outstanding for it, with the dates each was chased before. */
  items: (NoticeItem & { title: string; chasedOn: IsoDate[] })[];
  /** The notice's paragraphs as plain text, title first. */
  text: string[];
}
