// The policy domain: reading the policy and the reports with the current department directory, the
// office's corrections to the ledger laid over what was read, and the ledger edits themselves.
import type { DepartmentDirectory, IsoDate, Measure, Paragraph, PolicyExtract, SubmissionAnalysis } from '../../shared/types';
import type { PolicyView } from '../../shared/views';
import { extractPolicy } from '../../shared/extract/policy';
import { canonicalDepartment, defaultDirectory, placeFromIssuer } from '../../shared/extract/departments';
import { withPolicyAliases } from '../../shared/extract/policy-departments';
import { applyLedgerCorrections, sameTitle, type MeasureCorrection, type MeasurePatch, type PolicyMetaCorrection, type ReviewItem } from '../../shared/corrections/ledger';
import { applyReportCorrection } from '../../shared/corrections/report';
import { analyzeSubmission } from '../../shared/submission';
import * as documents from '../db/documents';
import * as policyRepo from '../db/policy';
import * as departmentsRepo from '../db/departments';
import * as corrections from '../db/corrections';
import * as decisionsRepo from '../db/decisions';
import { WorkspaceError, type Loaded, type ServiceContext } from './context';
import { afterUndo, recordChange } from './journal';
import type { DomainHandlers } from './workspace-api';

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

function folder(ctx: ServiceContext, policy: PolicyExtract): (name: string) => string {
  const dir = reportDirectory(ctx, policy);
  const place = placeFromIssuer(policy.issuer) ?? undefined;
  const known = new Set(policy.departments);
  return (name) => {
    const trimmed = name.trim();
    if (!trimmed) return trimmed;
    const direct = canonicalDepartment(trimmed, dir, place);
    if (known.has(direct) || !place) return direct;
    // A name typed without its level (市场监管局) is the policy's body of the issuer's level (区市场监管局).
    const leveled = canonicalDepartment(`${place.level}${trimmed}`, dir, place);
    return known.has(leveled) ? leveled : direct;
  };
}

/** The policy as read, with the office's corrections on top. */
function corrected(ctx: ServiceContext, raw: PolicyExtract): { policy: PolicyExtract; review: ReviewItem[] } {
  return applyLedgerCorrections(raw, corrections.loadLedgerCorrections(ctx.db), { fold: folder(ctx, raw) });
}

export function load(ctx: ServiceContext): Loaded | null {
  if (ctx.cache.loaded !== undefined) return ctx.cache.loaded;
  const { db } = ctx;
  const policyId = policyRepo.policyDocumentId(db);
  const raw = policyId == null ? null : policyRepo.loadPolicy(db, policyId);
  if (policyId == null || !raw) return (ctx.cache.loaded = null);
  const { policy, review } = corrected(ctx, raw);
  const fold = folder(ctx, policy);
  const fixes = corrections.allReportCorrections(db);
  const submissions = documents
    .listDocumentRows(db, 'submission')
    .filter((r) => r.analysis)
    .map((r) => ({ ...applyReportCorrection(r.analysis as SubmissionAnalysis, fixes.get(r.hash) ?? null, fold), documentId: r.id }));
  // A decision follows its measure by number and title; one whose measure changed waits for review.
  const decisions = decisionsRepo.listDecisions(db).filter((d) => {
    const m = policy.measures.find((x) => x.number === d.measure);
    if (m && (d.measureTitle === null || sameTitle(m.title, d.measureTitle))) return true;
    review.push({
      kind: 'decision',
      measure: d.measure,
      title: d.measureTitle ?? '',
      reason: m ? `第${d.measure}条的标题已变为“${m.title}”，对${d.department}的决定未套用，请核对。` : `政策中已没有第${d.measure}条，对${d.department}的决定未套用。`,
    });
    return false;
  });
  return (ctx.cache.loaded = { policyId, policy, submissions, decisions, review, fold });
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
  const reading = readingContextFor(ctx, corrected(ctx, extract).policy);
  for (const row of documents.listDocumentRows(db, 'submission')) rereadSubmission(ctx, reading, row);
  departmentsRepo.pruneUnusedDepartments(db);
  ctx.cache.loaded = undefined;
}
afterUndo.reread = refreshAll;

export function getPolicy(ctx: ServiceContext): PolicyView | null {
  const loaded = load(ctx);
  if (!loaded) return null;
  const paragraphs = documents.getParagraphs(ctx.db, loaded.policyId).map(({ terms: _t, ...p }) => p);
  const correctedNumbers = loaded.policy.measures.map((m) => m.number).filter((n) => corrections.getMeasureCorrection(ctx.db, n));
  return { documentId: loaded.policyId, extract: loaded.policy, paragraphs, corrected: correctedNumbers, review: loaded.review };
}

// ---------------------------------------------------------------- ledger edits

function requireLoaded(ctx: ServiceContext): Loaded {
  const loaded = load(ctx);
  if (!loaded) throw new WorkspaceError('no-policy', '工作区还没有政策文件，请先导入政策文件。');
  return loaded;
}

export function requireMeasure(ctx: ServiceContext, number: number): Measure {
  const m = requireLoaded(ctx).policy.measures.find((x) => x.number === number);
  if (!m) throw new WorkspaceError('not-found', `政策中没有第${number}条措施。`);
  return m;
}

function rawTitle(ctx: ServiceContext, number: number): string | null {
  const id = policyRepo.policyDocumentId(ctx.db);
  const raw = id == null ? null : policyRepo.loadPolicy(ctx.db, id);
  return raw?.measures.find((m) => m.number === number)?.title ?? null;
}

function checkNames(names: string[] | undefined, what: string): void {
  if (names?.some((n) => !n.trim())) throw new WorkspaceError('bad-input', `${what}的名称不能为空。`);
}

/** Reports are linked by the measures' titles and text: only a change to those means reading them again. */
const changesLinking = (patch: MeasurePatch) => patch.title !== undefined || !!patch.added || patch.mergedInto !== undefined || !!patch.removed;

/** Writes one measure's correction (merged into any earlier one); the reports are read again when it matters. */
function correctMeasure(ctx: ServiceContext, number: number, patch: MeasurePatch, summary: string): void {
  recordChange(ctx, { kind: 'ledger', summary, measure: number }, [`measure:${number}`], () => {
    const previous = corrections.getMeasureCorrection(ctx.db, number);
    const next: MeasureCorrection = previous
      ? { ...previous, patch: { ...previous.patch, ...patch } }
      : { number, readTitle: patch.added ? null : rawTitle(ctx, number), patch };
    corrections.putMeasureCorrection(ctx.db, number, next);
    if (changesLinking(patch)) refreshAll(ctx);
  });
}

const list = (names: string[]) => (names.length ? names.join('、') : '（无）');

export function updateMeasure(ctx: ServiceContext, number: number, patch: MeasurePatch): void {
  const m = requireMeasure(ctx, number);
  if (patch.title !== undefined && !patch.title.trim()) throw new WorkspaceError('bad-input', '措施标题不能为空。');
  checkNames(patch.lead, '牵头单位');
  checkNames(patch.support, '配合单位');
  for (const d of patch.deadlines ?? []) if (!d.date && d.kind !== 'ongoing') throw new WorkspaceError('bad-input', '完成时限需要日期（长期坚持的除外）。');
  const parts: string[] = [];
  if (patch.title !== undefined) parts.push(`标题“${m.title}”→“${patch.title.trim()}”`);
  if (patch.lead !== undefined) parts.push(`牵头单位 ${list(m.lead)} → ${list(patch.lead)}`);
  if (patch.support !== undefined) parts.push(`配合单位 ${list(m.support)} → ${list(patch.support)}`);
  if (patch.joint !== undefined) parts.push(patch.joint ? '改为共同负责' : '改为牵头/配合');
  if (patch.deadlines !== undefined) parts.push(`完成时限 ${list(m.deadlines.map((d) => d.text))} → ${list(patch.deadlines.map((d) => d.text || d.date || ''))}`);
  if (patch.targets !== undefined) parts.push(`指标 ${list(m.targets.map((t) => t.text))} → ${list(patch.targets)}`);
  if (parts.length === 0) throw new WorkspaceError('bad-input', '没有要更正的内容。');
  correctMeasure(ctx, number, patch, `更正第${number}条：${parts.join('；')}`);
}

export function addMeasure(ctx: ServiceContext, input: { number?: number; label?: string; section?: string | null; title: string; text?: string; lead?: string[]; support?: string[] }): number {
  const loaded = requireLoaded(ctx);
  if (!input.title.trim()) throw new WorkspaceError('bad-input', '措施标题不能为空。');
  checkNames(input.lead, '牵头单位');
  checkNames(input.support, '配合单位');
  const number = input.number ?? Math.max(0, ...loaded.policy.measures.map((m) => m.number)) + 1;
  if (loaded.policy.measures.some((m) => m.number === number)) throw new WorkspaceError('bad-input', `第${number}条已存在，请换一个编号。`);
  const text = input.text?.trim() || input.title.trim();
  correctMeasure(
    ctx,
    number,
    { added: { label: input.label?.trim() || `${number}.`, section: input.section ?? null, text }, title: input.title.trim(), lead: input.lead ?? [], support: input.support ?? [] },
    `添加第${number}条措施“${input.title.trim()}”`,
  );
  return number;
}

export function removeMeasure(ctx: ServiceContext, number: number): void {
  const m = requireMeasure(ctx, number);
  correctMeasure(ctx, number, { removed: true }, `删除第${number}条“${m.title}”（不是措施）`);
}

export function mergeMeasures(ctx: ServiceContext, from: number, into: number): void {
  if (from === into) throw new WorkspaceError('bad-input', '不能把措施并入它自己。');
  const source = requireMeasure(ctx, from);
  const target = requireMeasure(ctx, into);
  correctMeasure(ctx, from, { mergedInto: into }, `把第${from}条“${source.title}”并入第${into}条“${target.title}”`);
}

export function updatePolicyMeta(ctx: ServiceContext, patch: PolicyMetaCorrection): void {
  const { policy } = requireLoaded(ctx);
  const parts: string[] = [];
  const show = (v: string | null | undefined) => v || '（无）';
  if (patch.docNumber !== undefined) parts.push(`文号 ${show(policy.docNumber)} → ${show(patch.docNumber)}`);
  if (patch.issuer !== undefined) parts.push(`发文机关 ${show(policy.issuer)} → ${show(patch.issuer)}`);
  if (patch.issuedOn !== undefined) parts.push(`成文日期 ${show(policy.issuedOn)} → ${show(patch.issuedOn)}`);
  if (parts.length === 0) throw new WorkspaceError('bad-input', '没有要更正的内容。');
  // The number and the date (with the deadlines it settles) are laid over on reading; the issuer also says
  // which place's bodies the reports name, so it means reading them again.
  recordChange(ctx, { kind: 'ledger', summary: `更正政策信息：${parts.join('；')}` }, ['policy-meta'], () => {
    corrections.putPolicyMeta(ctx.db, { ...corrections.getPolicyMeta(ctx.db), ...patch });
    if (patch.issuer !== undefined) refreshAll(ctx);
  });
}

export const policyHandlers = {
  'policy/get': (ctx) => getPolicy(ctx),
  'policy/update-measure': (ctx, { number, patch }) => {
    updateMeasure(ctx, number, patch);
    return getPolicy(ctx);
  },
  'policy/add-measure': (ctx, input) => {
    addMeasure(ctx, input);
    return getPolicy(ctx);
  },
  'policy/remove-measure': (ctx, { number }) => {
    removeMeasure(ctx, number);
    return getPolicy(ctx);
  },
  'policy/merge-measures': (ctx, { from, into }) => {
    mergeMeasures(ctx, from, into);
    return getPolicy(ctx);
  },
  'policy/update-meta': (ctx, patch) => {
    updatePolicyMeta(ctx, patch);
    return getPolicy(ctx);
  },
} satisfies DomainHandlers<'policy/get' | 'policy/update-measure' | 'policy/add-measure' | 'policy/remove-measure' | 'policy/merge-measures' | 'policy/update-meta'>;
