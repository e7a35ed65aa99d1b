// The policy domain: each policy of the workspace read with the current department directory, the office's
// corrections to its ledger laid over what was read, and the ledger edits themselves.
import type { DepartmentDirectory, Measure, PolicyExtract } from '../../shared/types';
import type { PolicyView } from '../../shared/views';
import { extractPolicy } from '../../shared/extract/policy';
import { measureCitation, numberingRestarts } from '../../shared/extract/measure-citation';
import { canonicalDepartment, defaultDirectory, placeFromIssuer } from '../../shared/extract/departments';
import { withPolicyAliases } from '../../shared/extract/policy-departments';
import { applyLedgerCorrections, sameTitle, type MeasureCorrection, type MeasurePatch, type PolicyMetaCorrection, type ReviewItem } from '../../shared/corrections/ledger';
import { applyReportCorrection, correctionFor } from '../../shared/corrections/report';
import * as documents from '../db/documents';
import * as policyRepo from '../db/policy';
import * as departmentsRepo from '../db/departments';
import * as corrections from '../db/corrections';
import * as decisionsRepo from '../db/decisions';
import * as readingsRepo from '../db/readings';
import { WorkspaceError, invalidate, type Loaded, type LoadedReport, type PolicyLedger, type ServiceContext } from './context';
import { afterUndo, recordChange } from './journal';
import { policyReadElsewhere, type PoliciesRead } from './policy-elsewhere';
import { rereadReports } from './reading';
import { rereadAllPolicies, rereadAllReports } from './rereading';
import type { DomainHandlers } from './workspace-api';
import { targetWords } from '../../shared/extract/target-phrase';
import { placesAnyName, policyPlace, renamedPolicy, renamedReport, workspaceNamer, workspacePlacing } from '../../shared/departments/place-names';

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
function corrected(ctx: ServiceContext, policyId: number, raw: PolicyExtract): { policy: PolicyExtract; review: ReviewItem[] } {
  return applyLedgerCorrections(raw, corrections.loadLedgerCorrections(ctx.db, policyId), { fold: folder(ctx, raw) });
}

/** The policy as read (`raw`) with the office's corrections to it on top. */
export function correctedPolicy(ctx: ServiceContext, policyId: number, raw: PolicyExtract): PolicyExtract {
  return corrected(ctx, policyId, raw).policy;
}

/** The policies of the workspace (document ids), in the order they were imported. */
export function policyIds(ctx: ServiceContext): number[] {
  return policyRepo.policyDocumentIds(ctx.db);
}

/**
 * The policy a caller means: the one named (which must exist), else the first of the workspace; null when the
 * workspace has none.
 */
export function resolvePolicy(ctx: ServiceContext, policyId?: number | null): number | null {
  // A policy whose ledger was read since the last change to the workspace is still there.
  if (policyId != null && ctx.cache.ledgers?.get(policyId)) return policyId;
  const ids = policyIds(ctx);
  if (policyId == null) return ids[0] ?? null;
  if (!ids.includes(policyId)) throw new WorkspaceError('not-found', `工作区中没有编号为 ${policyId} 的政策文件。`);
  return policyId;
}

/** One policy's ledger as the office corrected it (null: no such policy), read once until the ledger may change. */
export function ledger(ctx: ServiceContext, policyId: number): PolicyLedger | null {
  const cache = (ctx.cache.ledgers ??= new Map());
  if (!cache.has(policyId)) {
    const raw = policyRepo.loadPolicy(ctx.db, policyId);
    if (!raw) cache.set(policyId, null);
    else {
      const { policy, review } = corrected(ctx, policyId, raw);
      cache.set(policyId, { policyId, policy, review, fold: folder(ctx, policy) });
    }
  }
  return cache.get(policyId) ?? null;
}

/** Every policy's ledger, in the order they were imported: what lists of policies need, without their reports. */
export function ledgers(ctx: ServiceContext): PolicyLedger[] {
  return policyIds(ctx)
    .map((id) => ledger(ctx, id))
    .filter((l): l is PolicyLedger => l !== null);
}

/** The reports placed on a policy, each as read against it with the office's corrections laid over. */
function reportsOf(ctx: ServiceContext, base: PolicyLedger): LoadedReport[] {
  const cache = (ctx.cache.reports ??= new Map());
  let reports = cache.get(base.policyId);
  if (!reports) {
    const fixes = corrections.reportCorrectionsByDocument(ctx.db);
    reports = readingsRepo.readingsForPolicy(ctx.db, base.policyId).map((r) => {
      const fix = fixes.get(r.documentId);
      const analysis = fix ? applyReportCorrection(r.analysis, correctionFor(fix, base.policyId), base.fold) : r.analysis;
      return Object.assign(analysis, { documentId: r.documentId, attribution: r.attribution });
    });
    cache.set(base.policyId, reports);
  }
  return reports;
}

/** The office's merges of whole names, followed to the name they end on. */
function officeMerges(ctx: ServiceContext): (name: string) => string {
  const links = new Map(departmentsRepo.loadDirectory(ctx.db).aliases.map((a) => [a.alias, a.canonical]));
  return (name) => {
    let current = name;
    const seen = new Set<string>();
    while (links.has(current) && !seen.has(current)) {
      seen.add(current);
      current = links.get(current)!;
    }
    return current;
  };
}

/**
 * How a policy's bodies are named across the workspace (place-names): a short form two places use (甲区's and 乙区's
 * 区民政局), and any short form of a level two places stand at (甲区's own 区工信局), carries its policy's place; null
 * where every name stays as read (a workspace of one place).
 */
export function workspaceName(ctx: ServiceContext, policyId: number): ((name: string) => string) | null {
  if (!ctx.cache.namers) {
    const all = ledgers(ctx);
    const places = all.map((l) => policyPlace(l.policy));
    const placing = workspacePlacing(all.map((l, i) => ({ place: places[i], names: [...l.policy.departments, ...reportsOf(ctx, l).flatMap((r) => r.departments)] })));
    const namers = new Map<number, (name: string) => string>();
    if (placesAnyName(placing)) {
      const follow = officeMerges(ctx);
      all.forEach((l, i) => namers.set(l.policyId, workspaceNamer(places[i], placing, follow)));
    }
    ctx.cache.namers = namers;
  }
  return ctx.cache.namers.get(policyId) ?? null;
}

function loadOne(ctx: ServiceContext, policyId: number): Loaded | null {
  const read = ledger(ctx, policyId);
  if (!read) return null;
  const name = workspaceName(ctx, policyId);
  // The ledger and its reports with each body named as the workspace names it; a name typed or recorded either way folds to it.
  const generic = name ? new Set(departmentsRepo.loadDirectory(ctx.db).generic) : null;
  const base: PolicyLedger = name ? { ...read, policy: renamedPolicy(read.policy, name, (n) => generic!.has(n)), fold: (n) => name(read.fold(n)) } : read;
  const { policy, fold } = base;
  const review = [...base.review];
  // A decision follows its measure by number and title; one whose measure changed waits for review.
  const decisions = decisionsRepo.listDecisions(ctx.db, policyId).filter((d) => {
    const m = policy.measures.find((x) => x.number === d.measure);
    if (m && (d.measureTitle === null || sameTitle(m.title, d.measureTitle))) return true;
    review.push({
      kind: 'decision',
      measure: d.measure,
      title: d.measureTitle ?? '',
      reason: m ? `${measureCitation(m)}的标题已变为“${m.title}”，对${d.department}的决定未套用，请核对。` : `政策中已没有第${d.measure}条，对${d.department}的决定未套用。`,
    });
    return false;
  });
  const reports = reportsOf(ctx, read);
  return { policyId, policy, submissions: name ? reports.map((r) => renamedReport(r, name)) : reports, decisions, review, fold };
}

/** One policy (the first when none is named) with its reports, as the office corrected them; null without policies. */
export function load(ctx: ServiceContext, policyId?: number | null): Loaded | null {
  const id = resolvePolicy(ctx, policyId);
  if (id == null) return null;
  const cache = (ctx.cache.policies ??= new Map());
  if (!cache.has(id)) cache.set(id, loadOne(ctx, id));
  return cache.get(id) ?? null;
}

/** Every policy of the workspace, loaded. */
export function loadAll(ctx: ServiceContext): Loaded[] {
  return policyIds(ctx)
    .map((id) => load(ctx, id))
    .filter((l): l is Loaded => l !== null);
}

/**
 * Reads one stored policy again from its paragraphs with the current department directory, unless it was read
 * `elsewhere` (the import pool) with that directory.
 */
export function rereadPolicy(ctx: ServiceContext, policyId: number, elsewhere?: PoliciesRead): void {
  const dir = directory(ctx);
  const read = policyReadElsewhere(elsewhere, policyId, dir);
  policyRepo.savePolicy(ctx.db, policyId, read ?? extractPolicy({ paragraphs: documents.getParagraphs(ctx.db, policyId) }, dir));
}

/**
 * Re-reads every policy with the current directory, then places and reads every report again; where the workspace
 * reads them in slices, the policies too are marked to be read again there (first, one a slice), unless `atOnce`
 * (those read `elsewhere` with this directory are taken as read there). Run inside a transaction.
 */
export function refreshAll(ctx: ServiceContext, atOnce = false, elsewhere?: PoliciesRead): void {
  const { db } = ctx;
  if (ctx.reread && !atOnce) {
    rereadAllPolicies(ctx);
    return;
  }
  for (const policyId of policyIds(ctx)) rereadPolicy(ctx, policyId, elsewhere);
  invalidate(ctx);
  rereadAllReports(ctx);
  departmentsRepo.pruneUnusedDepartments(db);
  invalidate(ctx);
}
afterUndo.reread = (ctx) => refreshAll(ctx);

/**
 * After a correction to a policy's ledger (a measure, its number or issuer): the policies as read stay as they are
 * (they depend on the department directory, which this does not change), and every report is read again.
 */
function rereadAfterLedgerChange(ctx: ServiceContext): void {
  invalidate(ctx);
  rereadAllReports(ctx);
  departmentsRepo.pruneUnusedDepartments(ctx.db);
  invalidate(ctx);
}

/**
 * A policy an older version stored is read again from its stored paragraphs when the workspace opens: one stored
 * before middle headings were kept (so the ledger shows （一）深化商事制度改革 above its 1. and 2.), and one with two
 * measures of one label (「一、1.」 under （一） and again under （二）, before labels named the middle heading). Where the
 * labels come out otherwise, the reports read against the policy are read again with it; readings against the other
 * policies are kept. The office's corrections and decisions follow a measure by its number (and title), which labels
 * do not change, so they stay with their measures. Run inside a transaction; returns the policies whose labels changed.
 */
export function rereadStoredPolicies(ctx: ServiceContext): number[] {
  const { db } = ctx;
  const unheaded = new Set(policyRepo.policiesWithoutMiddleHeadings(db));
  const relabelled: number[] = [];
  let saved = 0;
  for (const policyId of new Set([...unheaded, ...policyRepo.policiesWithRepeatedLabels(db)])) {
    const stored = policyRepo.loadPolicy(db, policyId);
    if (!stored || (!unheaded.has(policyId) && !numberingRestarts(stored.measures))) continue;
    const fresh = extractPolicy({ paragraphs: documents.getParagraphs(db, policyId) }, directory(ctx));
    const labels = (p: PolicyExtract) => JSON.stringify(p.measures.map((m) => [m.number, m.label]));
    const changed = labels(fresh) !== labels(stored);
    if (!changed && !unheaded.has(policyId)) continue;
    policyRepo.savePolicy(db, policyId, fresh);
    saved++;
    if (changed) relabelled.push(policyId);
  }
  if (saved === 0) return relabelled;
  invalidate(ctx);
  if (relabelled.length > 0) {
    const answering = new Set(relabelled.flatMap((id) => readingsRepo.reportsReadAgainst(db, id)));
    const others = new Set(policyIds(ctx).filter((id) => !relabelled.includes(id)));
    rereadReports(ctx, documents.listDocumentRows(db, 'submission').filter((r) => answering.has(r.id)), others);
  }
  departmentsRepo.pruneUnusedDepartments(db);
  invalidate(ctx);
  return relabelled;
}

/**
 * Reports stored without an analysis (left by an interrupted batch or an older version) are read now, in one
 * transaction; returns how many. Run when a workspace opens.
 */
export function finishPendingReports(ctx: ServiceContext): number {
  const pending = documents.listUnreadSubmissionRows(ctx.db);
  if (pending.length === 0) return 0;
  ctx.db.transaction(() => rereadReports(ctx, pending))();
  invalidate(ctx);
  return pending.length;
}

export function getPolicy(ctx: ServiceContext, policyId?: number): PolicyView | null {
  const loaded = load(ctx, policyId);
  if (!loaded) return null;
  const paragraphs = documents.getParagraphs(ctx.db, loaded.policyId).map(({ terms: _t, ...p }) => p);
  const correctedNumbers = loaded.policy.measures.map((m) => m.number).filter((n) => corrections.getMeasureCorrection(ctx.db, loaded.policyId, n));
  return { documentId: loaded.policyId, extract: loaded.policy, paragraphs, corrected: correctedNumbers, review: loaded.review };
}

// ---------------------------------------------------------------- ledger edits

export function requireLoaded(ctx: ServiceContext, policyId?: number): Loaded {
  const loaded = load(ctx, policyId);
  if (!loaded) throw new WorkspaceError('no-policy', '工作区还没有政策文件，请先导入政策文件。');
  return loaded;
}

export function requireMeasure(ctx: ServiceContext, number: number, policyId?: number): Measure {
  const m = requireLoaded(ctx, policyId).policy.measures.find((x) => x.number === number);
  if (!m) throw new WorkspaceError('not-found', `政策中没有第${number}条措施。`);
  return m;
}

function rawTitle(ctx: ServiceContext, policyId: number, number: number): string | null {
  return policyRepo.loadPolicy(ctx.db, policyId)?.measures.find((m) => m.number === number)?.title ?? null;
}

function checkNames(names: string[] | undefined, what: string): void {
  if (names?.some((n) => !n.trim())) throw new WorkspaceError('bad-input', `${what}的名称不能为空。`);
}

/** Reports are linked by the measures' titles and text: only a change to those means reading them again. */
const changesLinking = (patch: MeasurePatch) => patch.title !== undefined || !!patch.added || patch.mergedInto !== undefined || !!patch.removed;

/** The journal's name for one measure's correction slot. */
export const measureSlot = (policyId: number, number: number) => `measure:${policyId}:${number}`;

/** Writes one measure's correction (merged into any earlier one); the reports are read again when it matters. */
function correctMeasure(ctx: ServiceContext, policyId: number, number: number, patch: MeasurePatch, summary: string): void {
  recordChange(ctx, { kind: 'ledger', summary, measure: number, policy: policyId }, [measureSlot(policyId, number)], () => {
    const previous = corrections.getMeasureCorrection(ctx.db, policyId, number);
    const next: MeasureCorrection = previous
      ? { ...previous, patch: { ...previous.patch, ...patch } }
      : { number, readTitle: patch.added ? null : rawTitle(ctx, policyId, number), patch };
    corrections.putMeasureCorrection(ctx.db, policyId, number, next);
    if (changesLinking(patch)) rereadAfterLedgerChange(ctx);
  });
}

const list = (names: string[]) => (names.length ? names.join('、') : '（无）');

export function updateMeasure(ctx: ServiceContext, number: number, patch: MeasurePatch, policyId?: number): void {
  const { policyId: pid } = requireLoaded(ctx, policyId);
  const m = requireMeasure(ctx, number, pid);
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
  if (patch.targets !== undefined) parts.push(`指标 ${list(m.targets.map(targetWords))} → ${list(patch.targets)}`);
  if (parts.length === 0) throw new WorkspaceError('bad-input', '没有要更正的内容。');
  correctMeasure(ctx, pid, number, patch, `更正${measureCitation(m)}：${parts.join('；')}`);
}

export function addMeasure(
  ctx: ServiceContext,
  input: { number?: number; label?: string; section?: string | null; title: string; text?: string; lead?: string[]; support?: string[] },
  policyId?: number,
): number {
  const loaded = requireLoaded(ctx, policyId);
  if (!input.title.trim()) throw new WorkspaceError('bad-input', '措施标题不能为空。');
  checkNames(input.lead, '牵头单位');
  checkNames(input.support, '配合单位');
  const number = input.number ?? Math.max(0, ...loaded.policy.measures.map((m) => m.number)) + 1;
  if (loaded.policy.measures.some((m) => m.number === number)) throw new WorkspaceError('bad-input', `第${number}条已存在，请换一个编号。`);
  const text = input.text?.trim() || input.title.trim();
  correctMeasure(
    ctx,
    loaded.policyId,
    number,
    { added: { label: input.label?.trim() || `${number}.`, section: input.section ?? null, text }, title: input.title.trim(), lead: input.lead ?? [], support: input.support ?? [] },
    `添加第${number}条措施“${input.title.trim()}”`,
  );
  return number;
}

export function removeMeasure(ctx: ServiceContext, number: number, policyId?: number): void {
  const { policyId: pid } = requireLoaded(ctx, policyId);
  const m = requireMeasure(ctx, number, pid);
  correctMeasure(ctx, pid, number, { removed: true }, `删除${measureCitation(m)}“${m.title}”（不是措施）`);
}

export function mergeMeasures(ctx: ServiceContext, from: number, into: number, policyId?: number): void {
  if (from === into) throw new WorkspaceError('bad-input', '不能把措施并入它自己。');
  const { policyId: pid } = requireLoaded(ctx, policyId);
  const source = requireMeasure(ctx, from, pid);
  const target = requireMeasure(ctx, into, pid);
  correctMeasure(ctx, pid, from, { mergedInto: into }, `把${measureCitation(source)}“${source.title}”并入${measureCitation(target)}“${target.title}”`);
}

export function updatePolicyMeta(ctx: ServiceContext, patch: PolicyMetaCorrection, policyId?: number): void {
  const { policy, policyId: pid } = requireLoaded(ctx, policyId);
  const parts: string[] = [];
  const show = (v: string | null | undefined) => v || '（无）';
  if (patch.title !== undefined && !patch.title.trim()) throw new WorkspaceError('bad-input', '政策标题不能为空。');
  if (patch.title !== undefined) parts.push(`标题 ${show(policy.title)} → ${show(patch.title)}`);
  if (patch.docNumber !== undefined) parts.push(`文号 ${show(policy.docNumber)} → ${show(patch.docNumber)}`);
  if (patch.issuer !== undefined) parts.push(`发文机关 ${show(policy.issuer)} → ${show(patch.issuer)}`);
  if (patch.issuedOn !== undefined) parts.push(`成文日期 ${show(policy.issuedOn)} → ${show(patch.issuedOn)}`);
  if (parts.length === 0) throw new WorkspaceError('bad-input', '没有要更正的内容。');
  // The number and the date (with the deadlines it settles) are laid over on reading; the issuer also says
  // which place's bodies the reports name, and a number or a title that reports cite places them: each means
  // reading them again.
  recordChange(ctx, { kind: 'ledger', summary: `更正政策信息：${parts.join('；')}`, policy: pid }, [`policy-meta:${pid}`], () => {
    corrections.putPolicyMeta(ctx.db, pid, { ...corrections.getPolicyMeta(ctx.db, pid), ...patch });
    if (patch.issuer !== undefined || patch.docNumber !== undefined || patch.title !== undefined) rereadAfterLedgerChange(ctx);
  });
}

export const policyHandlers = {
  'policy/get': (ctx, input) => getPolicy(ctx, input?.policy),
  'policy/update-measure': (ctx, { number, patch, policy }) => {
    updateMeasure(ctx, number, patch, policy);
    return getPolicy(ctx, policy);
  },
  'policy/add-measure': (ctx, { policy, ...input }) => {
    addMeasure(ctx, input, policy);
    return getPolicy(ctx, policy);
  },
  'policy/remove-measure': (ctx, { number, policy }) => {
    removeMeasure(ctx, number, policy);
    return getPolicy(ctx, policy);
  },
  'policy/merge-measures': (ctx, { from, into, policy }) => {
    mergeMeasures(ctx, from, into, policy);
    return getPolicy(ctx, policy);
  },
  'policy/update-meta': (ctx, { policy, ...patch }) => {
    updatePolicyMeta(ctx, patch, policy);
    return getPolicy(ctx, policy);
  },
} satisfies DomainHandlers<'policy/get' | 'policy/update-measure' | 'policy/add-measure' | 'policy/remove-measure' | 'policy/merge-measures' | 'policy/update-meta'>;
