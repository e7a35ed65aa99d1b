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
import type { Loaded, ServiceContext } from './context';
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

/** Re-reads the policy with the current directory, then re-analyses every submission. Run inside a transaction. */
export function refreshAll(ctx: ServiceContext): void {
  const { db } = ctx;
  const policyId = policyRepo.policyDocumentId(db);
  if (policyId == null) return;
  const paragraphs = documents.getParagraphs(db, policyId);
  const extract = extractPolicy({ paragraphs }, directory(ctx));
  policyRepo.savePolicy(db, policyId, extract);
  const reading = readingContextFor(ctx, extract);
  for (const row of documents.listDocumentRows(db, 'submission')) rereadSubmission(ctx, reading, row);
  departmentsRepo.pruneUnusedDepartments(db);
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
