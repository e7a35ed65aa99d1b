// Messages between the import pool and its workers.
import type { DepartmentDirectory, IsoDate, Paragraph, PolicyExtract, SubmissionAnalysis } from '../../shared/types';
import type { ImportOutcome } from '../import';

/** What reading a report against the policy takes; `id` tells one policy state from the next. */
export interface ReadingRequest {
  id: number;
  policy: PolicyExtract;
  /** Each measure's terms; the segmenter works them out where not given (so the host needs no jieba of its own). */
  tokens?: string[][];
  directory: DepartmentDirectory;
  importDate: IsoDate;
}

/** A parsed file: the importer's outcome and, for a document, each paragraph's index terms. */
export interface ParsedFile {
  outcome: ImportOutcome;
  terms: string[][] | null;
  /** The report read against the policy, where the batch asked for it (with the reading's id). */
  analysis?: { readingId: number; value: SubmissionAnalysis };
}

/** To a parse worker: read one file. */
/** 'close': end what the worker started itself (the OCR process) before the worker is ended. */
export type ToParser = { type: 'parse'; id: number; path: string } | { type: 'close' };
export type FromParser =
  | { type: 'ready' }
  | { type: 'closed' }
  /**
   * A page of a scan read by OCR: the file is progressing, so its time budget starts again. `ocrPid` is the OCR
   * process reading it, which the pool ends itself whenever it ends the worker.
   */
  | { type: 'page'; id: number; done: number; total: number; ocrPid: number | null }
  | { type: 'parsed'; id: number; outcome: ImportOutcome; wasmBytes: number };

/** To a segmenter: the index terms of a document's paragraphs, and its reading against the policy if asked. */
export type ToSegmenter =
  | { type: 'terms'; id: number; texts: string[]; read?: { file: string; paragraphs: Paragraph[]; readingId: number } }
  /** Sent once per policy state, before the first document read against it. */
  | { type: 'reading'; reading: ReadingRequest };
export type FromSegmenter =
  | { type: 'ready' }
  | { type: 'terms'; id: number; terms: string[][]; analysis?: { readingId: number; value: SubmissionAnalysis } };
