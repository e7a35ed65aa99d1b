// What every service function takes first: the open database, the segmenter, the clock and the read cache.
import type { ReviewItem } from '../../shared/corrections/ledger';
import type { Attribution } from '../../shared/portfolio/types';
import type { Decision, IsoDate, PolicyExtract, SubmissionAnalysis } from '../../shared/types';
import type { Db } from '../db/sqlite';
import type { FileParser } from '../ingest/pool';
import type { Segmenter } from '../segment/jieba';

/** One policy and the reports that answer it, read once and kept until something changes them. */
export interface Loaded {
  policyId: number;
  /** The ledger as the office corrected it. */
  policy: PolicyExtract;
  /** The reports placed on this policy, read against it, with the office's corrections laid over their analysis. */
  submissions: (SubmissionAnalysis & { documentId: number; attribution: Attribution })[];
  /** Decisions whose measure is still the one they were made on. */
  decisions: Decision[];
  /** Corrections and decisions that no longer fit the policy as read now. */
  review: ReviewItem[];
  /** Folds a department name (typed, or recorded earlier) the way the reports fold. */
  fold(name: string): string;
}

export interface ServiceCache {
  /** Each policy read so far, by document id (null: no such policy). */
  policies?: Map<number, Loaded | null>;
}

export interface Clock {
  /** The office's calendar date. */
  today(): IsoDate;
  /** A timestamp for records (ISO 8601, UTC). */
  now(): string;
}

export interface ServiceContext {
  /** Absolute path of the workspace file (':memory:' in some tests). */
  file: string;
  db: Db;
  segmenter: Segmenter;
  clock: Clock;
  cache: ServiceCache;
  /** Reads files for imports (the import pool); on this thread when absent. */
  parser?: FileParser;
  /** Who makes the changes, for the journal: the operating-system user name. */
  user: string;
}

export class WorkspaceError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Forgets what was read, after any write. */
export function invalidate(ctx: ServiceContext): void {
  ctx.cache.policies = undefined;
}
