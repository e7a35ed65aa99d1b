// What every service function takes first: the open database, the segmenter, the clock and the read cache.
import type { ReviewItem } from '../../shared/corrections/ledger';
import type { Attribution } from '../../shared/portfolio/types';
import type { Decision, IsoDate, PolicyExtract, SubmissionAnalysis } from '../../shared/types';
import type { Db } from '../db/sqlite';
import type { FileParser } from '../ingest/pool';
import type { Segmenter } from '../segment/jieba';
import type { RereadState } from './rereading';

/** One policy's ledger as the office corrected it: what lists of policies and the decisions need, without its reports. */
export interface PolicyLedger {
  policyId: number;
  /** The ledger as the office corrected it. */
  policy: PolicyExtract;
  /** Corrections that no longer fit the policy as read now. */
  review: ReviewItem[];
  /** Folds a department name (typed, or recorded earlier) the way the reports fold. */
  fold(name: string): string;
}

/** A report placed on a policy, read against it, with the office's corrections laid over its analysis. */
export type LoadedReport = SubmissionAnalysis & { documentId: number; attribution: Attribution };

/** One policy and the reports that answer it, read once and kept until something changes them. */
export interface Loaded {
  policyId: number;
  /** The ledger as the office corrected it. */
  policy: PolicyExtract;
  /** The reports placed on this policy, read against it, with the office's corrections laid over their analysis. */
  submissions: LoadedReport[];
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
  /** Each policy's corrected ledger, by document id (null: no such policy); kept when only decisions or settings change. */
  ledgers?: Map<number, PolicyLedger | null>;
  /** Each policy's reports as the office corrected them; kept when only decisions or settings change. */
  reports?: Map<number, LoadedReport[]>;
  /** How each policy's names read across the workspace (place-names), by document id; kept with the ledgers. */
  namers?: Map<number, (name: string) => string>;
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
  /**
   * Where the ledger's corrections have the reports read again in slices after the change (see rereading.ts); at once,
   * in the change's transaction, when absent.
   */
  reread?: RereadState;
}

export class WorkspaceError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Forgets what was read, after any write. A write that touched only decisions or settings ('decisions') keeps each
 * policy's ledger and reports, which neither changes: only the decisions are read again.
 */
export function invalidate(ctx: ServiceContext, scope: 'all' | 'decisions' = 'all'): void {
  ctx.cache.policies = undefined;
  if (scope === 'decisions') return;
  ctx.cache.ledgers = undefined;
  ctx.cache.reports = undefined;
  ctx.cache.namers = undefined;
}

/** Slot kinds (see journal.ts) whose change leaves every policy's ledger and reports as they were. */
const LEDGER_FREE_SLOTS = new Set(['decision', 'setting']);

/** What a change to these journal slots makes stale. */
export function staleAfter(slots: string[]): 'all' | 'decisions' {
  return slots.length > 0 && slots.every((s) => LEDGER_FREE_SLOTS.has(s.split(':')[0])) ? 'decisions' : 'all';
}
