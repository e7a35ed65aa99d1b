// The policy domain: reading the policy and the reports with the current department directory, and
// handing the policy to the views.
import type { DepartmentDirectory, IsoDate, Paragraph, PolicyExtract, SubmissionAnalysis } from '../../shared/types';
import type { PolicyView } from '../../shared/views';
import { extractPolicy } from '../../shared/extract/policy';
import { defaultDirectory } from '../../shared/extract/departments';
import { withPolicyAliases } from '../../shared/extract/policy-departments';
import { analyzeSubmission } from '../../shared/submission';
import * as documents from '../db/documents';
import * as policyRepo from '../db/policy';
import * as departmentsRepo from '../db/departments';
import { invalidate, type Loaded, type ServiceContext } from './context';
import type { DomainHandlers } from './workspace-api';

export function load(ctx: ServiceContext): Loaded | null {
  if (ctx.cache.loaded !== undefined) return ctx.cache.loaded;
  const { db } = ctx;
  const policyId = policyRepo.policyDocumentId(db);
  const policy = policyId == null ? null : policyRepo.loadPolicy(db, policyId);
  if (policyId == null || !policy) return (ctx.cache.loaded = null);
  const submissions = documents
    .listDocumentRows(db, 'submission')
    .filter((r) => r.analysis)
    .map((r) => ({ ...(r.analysis as SubmissionAnalysis), documentId: r.id }));
  return (ctx.cache.loaded = { policyId, policy, submissions });
}

/** The shipped defaults with the user's merges, splits and generic marks on top (later entries win). */
export function directory(ctx: ServiceContext): DepartmentDirectory {
  const user = departmentsRepo.loadDirectory(ctx.db);
  const base = defaultDirectory();
  return { aliases: [...base.aliases, ...user.aliases], generic: [...base.generic, ...user.generic] };
}

/** Reports fold to the names the policy uses; the user's own entries still win. */
export function reportDirectory(ctx: ServiceContext, policy: PolicyExtract): DepartmentDirectory {
  return withPolicyAliases(defaultDirectory(), policy, departmentsRepo.loadDirectory(ctx.db));
}

function measureTokens(ctx: ServiceContext, policy: PolicyExtract): string[][] {
  return policy.measures.map((m) => ctx.segmenter.terms(`${m.title}\n${m.text}`));
}

/** What reading a report needs from the policy, computed once per batch. */
export interface ReadingContext {
  policy: PolicyExtract;
  tokens: string[][];
  directory: DepartmentDirectory;
}

function readingContextFor(ctx: ServiceContext, policy: PolicyExtract): ReadingContext {
  return { policy, tokens: measureTokens(ctx, policy), directory: reportDirectory(ctx, policy) };
}

export function readingContext(ctx: ServiceContext): ReadingContext | null {
  const loaded = load(ctx);
  return loaded ? readingContextFor(ctx, loaded.policy) : null;
}

export function readSubmission(reading: ReadingContext, file: string, paragraphs: Paragraph[], terms: string[][], importDate: IsoDate): SubmissionAnalysis {
  return analyzeSubmission(
    { file, paragraphs, tokens: terms, importDate },
    { extract: reading.policy, measureTokens: reading.tokens },
    reading.directory,
  );
}

/** Reads one stored report again (its paragraphs and terms are in the database). */
export function rereadSubmission(ctx: ServiceContext, reading: ReadingContext, row: documents.DocumentRow): void {
  const paragraphs = documents.getParagraphs(ctx.db, row.id);
  documents.setAnalysis(ctx.db, row.id, readSubmission(reading, row.fileName, paragraphs, paragraphs.map((p) => p.terms), row.importDate));
}

/**
 * Re-analyses the stored reports (all, or the rows given) against `policy`. Run inside the transaction that made
 * their analyses stale, so a crash can never leave the change without the analyses it calls for.
 */
export function rereadReports(ctx: ServiceContext, policy: PolicyExtract, rows = documents.listDocumentRows(ctx.db, 'submission')): void {
  if (rows.length === 0) return;
  const reading = readingContextFor(ctx, policy);
  for (const row of rows) rereadSubmission(ctx, reading, row);
}

/** Re-reads the policy with the current directory, then re-analyses every submission. Run inside a transaction. */
export function refreshAll(ctx: ServiceContext): void {
  const { db } = ctx;
  const policyId = policyRepo.policyDocumentId(db);
  if (policyId == null) return;
  const paragraphs = documents.getParagraphs(db, policyId);
  const extract = extractPolicy({ paragraphs }, directory(ctx));
  policyRepo.savePolicy(db, policyId, extract);
  rereadReports(ctx, extract);
  departmentsRepo.pruneUnusedDepartments(db);
}

/**
 * Reports stored without an analysis while the workspace has a policy (left by an interrupted batch or an older
 * version) are analysed now, in one transaction; returns how many. Run when a workspace opens.
 */
export function finishPendingReports(ctx: ServiceContext): number {
  const { db } = ctx;
  const policyId = policyRepo.policyDocumentId(db);
  const policy = policyId == null ? null : policyRepo.loadPolicy(db, policyId);
  if (!policy) return 0;
  const pending = documents.listDocumentRows(db, 'submission').filter((r) => !r.analysis);
  if (pending.length === 0) return 0;
  db.transaction(() => rereadReports(ctx, policy, pending))();
  invalidate(ctx);
  return pending.length;
}

export function getPolicy(ctx: ServiceContext): PolicyView | null {
  const loaded = load(ctx);
  if (!loaded) return null;
  const paragraphs = documents.getParagraphs(ctx.db, loaded.policyId).map(({ terms: _t, ...p }) => p);
  return { documentId: loaded.policyId, extract: loaded.policy, paragraphs };
}

export const policyHandlers = {
  'policy/get': (ctx) => getPolicy(ctx),
} satisfies DomainHandlers<'policy/get'>;
