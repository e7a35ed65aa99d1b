// Messages between the import pool and its workers.
import type { MessagePort } from 'node:worker_threads';
import type { Attribution } from '../../shared/portfolio/types';
import type { DepartmentDirectory, ImportedDocument, IsoDate, PolicyExtract, SubmissionAnalysis } from '../../shared/types';
import type { ImportOutcome } from '../import';

/**
 * What reading a report against the workspace's one policy takes; `id` tells one policy state from the next,
 * `policyId` is the policy's own id in the workspace.
 */
export interface ReadingRequest {
  id: number;
  policyId: number;
  policy: PolicyExtract;
  /** Each measure's terms; the parse worker has them segmented where not given (the host needs no jieba of its own). */
  tokens?: string[][];
  directory: DepartmentDirectory;
  importDate: IsoDate;
}

/**
 * Files of a batch that may be policies are read as one where they are read (under the file's time and memory
 * limits), with the workspace's department directory; `id` tells one request from the next.
 */
export interface PolicyRequest {
  id: number;
  directory: DepartmentDirectory;
}

/** A document the workspace holds already, to be read again where files are read: its name and paragraphs. */
export interface StoredText {
  fileName: string;
  paragraphs: ImportedDocument['paragraphs'];
}

/**
 * A parsed file: the importer's outcome and, for a document, each paragraph's index terms, packed as they cross
 * threads (the index takes them joined as they come; they are split only where a reading needs them).
 */
export interface ParsedFile {
  outcome: ImportOutcome;
  terms: PackedTerms | null;
  /**
   * The report read against the policy, where the batch asked for it (with the reading's id), and placed on it:
   * by the citation it makes, or as the only policy.
   */
  analysis?: { readingId: number; value: SubmissionAnalysis; placed: Attribution };
  /**
   * The document read as a policy, where the batch asked for it (with the request's id); absent for a text past the
   * size a policy may have (shared/extract/policy-size.ts), which is not read as one.
   */
  policy?: { requestId: number; extract: PolicyExtract };
}

/**
 * To a parse worker: its line to a segmenter (sent once, before any file); the policy state reports are read
 * against (sent before the first file read against it); the request to read files as policies (likewise); a file to
 * read ('reading' names the state, 'asPolicy' the policy request, if any);
 * 'close': end what the worker started itself (the OCR process) before the worker is ended.
 */
export type ToParser =
  | { type: 'segmenter'; port: MessagePort }
  | { type: 'reading'; reading: ReadingRequest }
  | { type: 'policy'; request: PolicyRequest }
  | { type: 'parse'; id: number; path: string; readingId?: number; asPolicy?: number }
  | { type: 'read-policy'; id: number; doc: StoredText; request: PolicyRequest }
  | { type: 'close' };
export type FromParser =
  | { type: 'ready' }
  | { type: 'closed' }
  /**
   * A page of a scan being read by OCR: the file is progressing, so its time budget starts again. `ocrPid` is the OCR
   * process reading it, which the pool ends itself whenever it ends the worker.
   */
  | { type: 'page'; id: number; done: number; total: number; ocrPid: number | null }
  | ({ type: 'parsed'; id: number; wasmBytes: number } & ParsedFile)
  /** A stored document read as a policy (absent: past the size a policy may have). */
  | { type: 'policy-read'; id: number; policy?: ParsedFile['policy'] };

/** To a segmenter: a parse worker's line (the port it is asked on). */
export type ToSegmenter = { type: 'port'; port: MessagePort };
export type FromSegmenter = { type: 'ready' };

/** On a parse worker's line to its segmenter: the index terms of some texts. */
export type TermsRequest = { id: number; texts: string[] };
export type TermsReply = { id: number; terms: PackedTerms };

/**
 * Terms cross between threads as one string a paragraph, the terms joined by spaces: copying many short strings
 * one by one costs far more than copying and splitting them. Lists that a space would not survive go as they are.
 */
export type PackedTerms = { joined: string[] } | { lists: string[][] };

export function packTerms(terms: string[][]): PackedTerms {
  for (const list of terms) for (const t of list) if (t === '' || t.includes(' ')) return { lists: terms };
  return { joined: terms.map((list) => list.join(' ')) };
}

export function unpackTerms(packed: PackedTerms): string[][] {
  return 'lists' in packed ? packed.lists : packed.joined.map((s) => (s === '' ? [] : s.split(' ')));
}

/** Each paragraph's terms joined by spaces, as the search index takes them. */
export function joinedTerms(packed: PackedTerms): string[] {
  return 'joined' in packed ? packed.joined : packed.lists.map((list) => list.join(' '));
}
