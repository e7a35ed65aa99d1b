// The documents in the workspace: the policy file and the departments' reports, as the views list them,
// and the office's corrections to a report (departments, date, role, links to measures).
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { SubmissionAnalysis } from '../../shared/types';
import type { DocumentDetail, DocumentRole, DocumentSummary, JournalEntry, OriginalPdf, PageImage } from '../../shared/views';
import type { Attribution } from '../../shared/portfolio/types';
import { applyReportCorrection, correctionFor, withPolicyLinks, type ManualLink, type PolicyLinks, type ReportCorrection } from '../../shared/corrections/report';
import { extractPolicy } from '../../shared/extract/policy';
import { policyTextLength, policyTooLong } from '../../shared/extract/policy-size';
import { measureCitation } from '../../shared/extract/measure-citation';
import { renderPage } from '../import/page-image';
import * as documents from '../db/documents';
import * as departmentsRepo from '../db/departments';
import * as corrections from '../db/corrections';
import * as policyRepo from '../db/policy';
import * as readingsRepo from '../db/readings';
import { WorkspaceError, invalidate, type ServiceContext } from './context';
import { appendJournal, recordChange, slotWriters, undo, undoEntry, undoTarget } from './journal';
import { directory, load, policyIds, requireMeasure, resolvePolicy } from './policy';
import { policyReadElsewhere, readPoliciesElsewhere, type PoliciesRead } from './policy-elsewhere';
import { policies } from './portfolio';
import { rereadReports } from './reading';
import { rereadAllReports } from './rereading';
import type { DomainHandlers } from './workspace-api';

function summary(row: documents.DocumentRow, analysis: SubmissionAnalysis | null, corrected: boolean, placed?: DocumentSummary['policies']): DocumentSummary {
  const a = analysis;
  return {
    id: row.id,
    role: row.role,
    fileName: row.fileName,
    format: row.format,
    size: row.size,
    pageCount: row.pageCount,
    importedAt: row.importedAt,
    departments: a?.departments ?? [],
    date: a?.date ?? null,
    dateSource: a?.dateSource ?? null,
    measures: a?.measures ?? [],
    warnings: [...row.warnings, ...(a?.warnings ?? [])],
    ...(corrected ? { corrected: true } : {}),
    ...(placed ? { policies: placed } : {}),
  };
}

/** A report's readings against the policies it answers, with the office's corrections (`fix`) on top. */
function correctedReadings(ctx: ServiceContext, row: documents.DocumentRow, fix: ReportCorrection | null): { attribution: Attribution; analysis: SubmissionAnalysis }[] {
  return readingsRepo.readingsForDocument(ctx.db, row.id).map((r) => ({
    attribution: r.attribution,
    analysis: applyReportCorrection(r.analysis, correctionFor(fix, r.attribution.policy), load(ctx, r.attribution.policy)?.fold),
  }));
}

/** The reading shown first: against the first policy the report answers, else its own (who sent it, when). */
function correctedAnalysis(row: documents.DocumentRow, fix: ReportCorrection | null, readings: { analysis: SubmissionAnalysis }[]): SubmissionAnalysis | null {
  if (readings.length) return readings[0].analysis;
  if (!row.analysis) return null;
  return applyReportCorrection(row.analysis, correctionFor(fix, 0));
}

/** Each policy's label by id, read once for a listing. */
const policyLabels = (ctx: ServiceContext) => new Map(policies(ctx).map((p) => [p.id, p.label]));

interface Described {
  summary: DocumentSummary;
  analysis: SubmissionAnalysis | null;
  readings: { policy: number; label: string; analysis: SubmissionAnalysis }[];
}

function describe(ctx: ServiceContext, row: documents.DocumentRow, fix: ReportCorrection | null, labels: Map<number, string>): Described {
  if (row.role === 'policy') return { summary: summary(row, null, fix !== null), analysis: null, readings: [] };
  const readings = correctedReadings(ctx, row, fix);
  const analysis = correctedAnalysis(row, fix, readings);
  const label = (policy: number) => labels.get(policy) ?? '';
  return {
    summary: summary(row, analysis, fix !== null, readings.map((r) => ({ ...r.attribution, label: label(r.attribution.policy) }))),
    analysis,
    readings: readings.map((r) => ({ policy: r.attribution.policy, label: label(r.attribution.policy), analysis: r.analysis })),
  };
}

export function listDocuments(ctx: ServiceContext): DocumentSummary[] {
  const fixes = corrections.allReportCorrections(ctx.db);
  const labels = policyLabels(ctx);
  return documents.listDocumentRows(ctx.db).map((row) => describe(ctx, row, fixes.get(row.hash) ?? null, labels).summary);
}

export function getDocument(ctx: ServiceContext, id: number): DocumentDetail | null {
  const row = documents.getDocumentRow(ctx.db, id);
  if (!row) return null;
  const paragraphs = documents.getParagraphs(ctx.db, id).map(({ terms: _t, ...p }) => p);
  const { summary: s, analysis, readings } = describe(ctx, row, corrections.getReportCorrection(ctx.db, row.hash), policyLabels(ctx));
  return {
    ...s,
    text: documents.getDocumentText(ctx.db, id),
    paragraphs,
    analysis,
    readings,
    ocr: row.ocr,
  };
}

/**
 * A document's bytes as imported: kept with it at import, or (a workspace from before they were kept) read from the
 * file it was imported from, which must still be there, unchanged. `shown` names what cannot be shown without them.
 */
async function importedBytes(ctx: ServiceContext, row: documents.DocumentRow, shown: string): Promise<Uint8Array> {
  const kept = documents.getSource(ctx.db, row.id);
  if (kept) return kept;
  let bytes: Uint8Array;
  try {
    bytes = await readFile(row.path);
  } catch {
    throw new WorkspaceError('not-found', `原文件已不在「${row.path}」，无法显示${shown}。`);
  }
  if (createHash('sha256').update(bytes).digest('hex') !== row.hash) {
    throw new WorkspaceError('bad-input', `「${row.fileName}」在导入后已被修改，无法显示导入时的${shown}。`);
  }
  return bytes;
}

/**
 * A page of a document read by OCR, rendered again from the file it was imported from, so the text can be checked
 * against the picture.
 */
export async function pageImage(ctx: ServiceContext, id: number, page: number): Promise<PageImage | null> {
  const row = documents.getDocumentRow(ctx.db, id);
  if (!row) throw new WorkspaceError('not-found', `找不到编号为 ${id} 的文件`);
  if (!row.ocr) return null;
  const bytes = await importedBytes(ctx, row, '扫描页面');
  let rendered;
  try {
    rendered = await renderPage(row.format === 'pdf' || row.format === 'docx' ? row.format : 'image', bytes, page);
  } catch {
    throw new WorkspaceError('bad-input', `无法显示「${row.fileName}」第 ${page} 页的扫描图像。`);
  }
  if (!rendered) throw new WorkspaceError('not-found', `「${row.fileName}」没有第 ${page} 页。`);
  const { jpeg, width, height, pageCount } = rendered;
  return { dataUrl: `data:image/jpeg;base64,${jpeg.toString('base64')}`, width, height, page, pageCount };
}

/** A PDF as it was imported (no larger than the import's file cap), for drawing its pages in the window (null: not a PDF). */
export async function originalPdf(ctx: ServiceContext, id: number): Promise<OriginalPdf | null> {
  const row = documents.getDocumentRow(ctx.db, id);
  if (!row) throw new WorkspaceError('not-found', `找不到编号为 ${id} 的文件`);
  if (row.format !== 'pdf') return null;
  const bytes = await importedBytes(ctx, row, '原件页面');
  return { fileName: row.fileName, pageCount: row.pageCount, data: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64') };
}

export function removeDocument(ctx: ServiceContext, id: number): void {
  const { db } = ctx;
  const row = documents.getDocumentRow(db, id);
  if (!row) return;
  const others = new Set(policyIds(ctx).filter((p) => p !== id));
  db.transaction(() => {
    documents.deleteDocument(db, id);
    if (row.role === 'policy') {
      // The reports it had are placed again on the policies that remain; their other readings stay.
      readingsRepo.clearPolicyReadings(db, id);
      invalidate(ctx);
      rereadAllReports(ctx, others);
    }
    departmentsRepo.pruneUnusedDepartments(db);
    const what = row.role === 'policy' ? '政策文件' : '落实报告';
    appendJournal(ctx, { kind: 'remove', summary: `移除${what}「${row.fileName}」` }, { [`document:${id}`]: { hash: row.hash, fileName: row.fileName, role: row.role } }, { [`document:${id}`]: null });
  })();
  invalidate(ctx);
}

// ---------------------------------------------------------------- corrections

function requireReport(ctx: ServiceContext, id: number): documents.DocumentRow {
  const row = documents.getDocumentRow(ctx.db, id);
  if (!row) throw new WorkspaceError('not-found', `找不到编号为 ${id} 的文件。`);
  if (row.role !== 'submission') throw new WorkspaceError('bad-input', `「${row.fileName}」是政策文件，不是落实报告。`);
  return row;
}

function correctReport(
  ctx: ServiceContext,
  row: documents.DocumentRow,
  summaryText: string,
  change: (c: ReportCorrection) => ReportCorrection,
  measure?: number,
  policy?: number,
): void {
  recordChange(ctx, { kind: 'report', summary: summaryText, measure: measure ?? null, policy: policy ?? null }, [`report:${row.hash}`], () => {
    const next = change({ ...(corrections.getReportCorrection(ctx.db, row.hash) ?? {}) });
    corrections.putReportCorrection(ctx.db, row.hash, next);
  });
}

export function correctReportFacts(ctx: ServiceContext, id: number, patch: { departments?: string[]; date?: string }): void {
  const row = requireReport(ctx, id);
  if (patch.departments !== undefined) {
    if (patch.departments.length === 0 || patch.departments.some((d) => !d.trim())) throw new WorkspaceError('bad-input', '报送单位的名称不能为空。');
  }
  if (patch.departments === undefined && patch.date === undefined) throw new WorkspaceError('bad-input', '没有要更正的内容。');
  const fix = corrections.getReportCorrection(ctx.db, row.hash);
  const now = correctedAnalysis(row, fix, correctedReadings(ctx, row, fix));
  const parts: string[] = [];
  if (patch.departments) parts.push(`报送单位 ${now?.departments.join('、') || '（无）'} → ${patch.departments.map((d) => d.trim()).join('、')}`);
  if (patch.date) parts.push(`报送日期 ${now?.date ?? '（无）'} → ${patch.date}`);
  correctReport(ctx, row, `更正「${row.fileName}」：${parts.join('；')}`, (c) => ({
    ...c,
    ...(patch.departments ? { departments: patch.departments.map((d) => d.trim()) } : {}),
    ...(patch.date ? { date: patch.date } : {}),
  }));
}

/** The policy a link is about: the one named, else the first the report answers, else the first of the workspace. */
function linkPolicy(ctx: ServiceContext, row: documents.DocumentRow, policyId?: number): number {
  const first = readingsRepo.readingsForDocument(ctx.db, row.id)[0]?.attribution.policy;
  const pid = resolvePolicy(ctx, policyId ?? first);
  if (pid == null) throw new WorkspaceError('no-policy', '工作区还没有政策文件，请先导入政策文件。');
  return pid;
}

/** Changes the office's links on one policy's measures. */
function changeLinks(c: ReportCorrection, policyId: number, change: (links: PolicyLinks) => PolicyLinks): ReportCorrection {
  return withPolicyLinks(c, policyId, change(c.byPolicy?.[String(policyId)] ?? {}));
}

export function linkReport(ctx: ServiceContext, id: number, measure: number, paragraph: number | null, policyId?: number): void {
  const row = requireReport(ctx, id);
  const pid = linkPolicy(ctx, row, policyId);
  const cited = measureCitation(requireMeasure(ctx, measure, pid));
  const paragraphs = documents.getParagraphs(ctx.db, id);
  let excerpt: string;
  if (paragraph === null) {
    excerpt = paragraphs.map((p) => p.text).find((t) => t.trim().length >= 20) ?? paragraphs[0]?.text ?? row.fileName;
  } else {
    const p = paragraphs.find((x) => x.index === paragraph);
    if (!p) throw new WorkspaceError('bad-input', `「${row.fileName}」中没有第${paragraph + 1}段。`);
    excerpt = p.text;
  }
  const link: ManualLink = { measure, paragraph, excerpt };
  const where = paragraph === null ? '全文' : `第${paragraph + 1}段`;
  correctReport(
    ctx,
    row,
    `将「${row.fileName}」${where}关联到${policyPrefix(ctx, pid)}${cited}`,
    (c) => {
      // Linking a report to a policy's measure places it on that policy.
      const placed = c.policies && !c.policies.includes(pid) ? { ...c, policies: [...c.policies, pid] } : c;
      return changeLinks(placed, pid, (l) => ({ links: [...(l.links ?? []).filter((x) => x.measure !== measure), link], unlinks: (l.unlinks ?? []).filter((m) => m !== measure) }));
    },
    measure,
    pid,
  );
}

export function unlinkReport(ctx: ServiceContext, id: number, measure: number, policyId?: number): void {
  const row = requireReport(ctx, id);
  const pid = linkPolicy(ctx, row, policyId);
  const now = correctedReadings(ctx, row, corrections.getReportCorrection(ctx.db, row.hash)).find((r) => r.attribution.policy === pid)?.analysis;
  const m = load(ctx, pid)?.policy.measures.find((x) => x.number === measure);
  const cited = m ? measureCitation(m) : `第${measure}条`;
  if (!now?.measures.includes(measure)) throw new WorkspaceError('bad-input', `「${row.fileName}」没有关联${policyPrefix(ctx, pid)}${cited}。`);
  const read = readingsRepo.readingsForDocument(ctx.db, row.id).find((r) => r.attribution.policy === pid)?.analysis;
  correctReport(
    ctx,
    row,
    `取消「${row.fileName}」与${policyPrefix(ctx, pid)}${cited}的关联`,
    (c) =>
      changeLinks(c, pid, (l) => {
        const links = (l.links ?? []).filter((x) => x.measure !== measure);
        const wasAutomatic = read?.measures.includes(measure);
        return { links, unlinks: wasAutomatic ? [...new Set([...(l.unlinks ?? []), measure])] : l.unlinks };
      }),
    measure,
    pid,
  );
}

/** Names the policy in a journal line when the workspace has more than one. */
function policyPrefix(ctx: ServiceContext, policyId: number): string {
  const all = policies(ctx);
  return all.length > 1 ? `《${all.find((p) => p.id === policyId)?.label ?? ''}》` : '';
}

/** The office says which policies a report answers (null: the reading decides again); the report is placed anew. */
export function attributeReport(ctx: ServiceContext, id: number, chosen: number[] | null): void {
  const row = requireReport(ctx, id);
  const all = policies(ctx);
  for (const p of chosen ?? []) if (!all.some((x) => x.id === p)) throw new WorkspaceError('not-found', `工作区中没有编号为 ${p} 的政策文件。`);
  const names = chosen ? (chosen.length ? chosen.map((p) => `《${all.find((x) => x.id === p)!.label}》`).join('、') : '不对应任何政策') : '由系统判断';
  correctReport(ctx, row, `指定「${row.fileName}」所落实的政策：${names}`, (c) => {
    const { policies: _p, ...rest } = c;
    return chosen ? { ...rest, policies: [...new Set(chosen)] } : rest;
  });
  ctx.db.transaction(() => rereadReports(ctx, [row], new Set(policyIds(ctx))))();
  invalidate(ctx);
}

/**
 * Makes a document the policy or a report; used by the correction and by its undo. A policy is read here unless it
 * was read `elsewhere` (the import pool) with the directory now in force.
 */
function writeRole(ctx: ServiceContext, id: number, role: DocumentRole, elsewhere?: PoliciesRead): void {
  const { db } = ctx;
  const row = documents.getDocumentRow(db, id);
  if (!row || row.role === role) return;
  const others = new Set(policyIds(ctx).filter((p) => p !== id));
  if (role === 'policy') {
    const paragraphs = documents.getParagraphs(db, id);
    const tooLong = policyTooLong(row.fileName, policyTextLength(paragraphs));
    if (tooLong !== null) throw new WorkspaceError('bad-input', tooLong);
    const dir = directory(ctx);
    const extract = policyReadElsewhere(elsewhere, id, dir) ?? extractPolicy({ paragraphs }, dir);
    if (extract.measures.length === 0) throw new WorkspaceError('bad-input', `「${row.fileName}」中未识别出编号的任务措施，不能作为政策文件。`);
    documents.setRole(db, id, 'policy');
    documents.setAnalysis(db, id, null);
    readingsRepo.setReadings(db, id, []);
    policyRepo.savePolicy(db, id, extract);
  } else {
    policyRepo.clearPolicy(db, id);
    readingsRepo.clearPolicyReadings(db, id);
    documents.setRole(db, id, 'submission');
  }
  invalidate(ctx);
  rereadAllReports(ctx, others);
  invalidate(ctx);
}
slotWriters.role = (ctx, key, value, read) => writeRole(ctx, Number(key), value, read);

export function setDocumentRole(ctx: ServiceContext, id: number, role: DocumentRole, elsewhere?: PoliciesRead): void {
  const row = documents.getDocumentRow(ctx.db, id);
  if (!row) throw new WorkspaceError('not-found', `找不到编号为 ${id} 的文件。`);
  if (row.role === role) return;
  const what = role === 'policy' ? '政策文件' : '落实报告';
  recordChange(ctx, { kind: 'report', summary: `将「${row.fileName}」改为${what}` }, [`role:${id}`], () => writeRole(ctx, id, role, elsewhere));
}

/**
 * The same, with a report that becomes the policy read as one in the import pool first (off this thread); the
 * change itself is then written here at once, and the reports read again in slices where the workspace reads so.
 */
export async function setDocumentRoleElsewhere(ctx: ServiceContext, id: number, role: DocumentRole): Promise<void> {
  const row = documents.getDocumentRow(ctx.db, id);
  const elsewhere = role === 'policy' && row?.role === 'submission' ? await readPoliciesElsewhere(ctx, [id], directory(ctx)) : undefined;
  setDocumentRole(ctx, id, role, elsewhere);
}

/**
 * Undoes a journal entry (the last live one when `id` is none), a report that the undo makes the policy again read as
 * one in the import pool first, off this thread, as when the office makes it so.
 */
export async function undoElsewhere(ctx: ServiceContext, id?: number): Promise<JournalEntry> {
  const target = undoTarget(ctx, id);
  const becomePolicies = Object.entries(target.before)
    .filter(([slot, role]) => slot.startsWith('role:') && role === 'policy')
    .map(([slot]) => Number(slot.slice('role:'.length)))
    .filter((doc) => documents.getDocumentRow(ctx.db, doc)?.role === 'submission');
  if (becomePolicies.length === 0) return undoEntry(ctx, target);
  const read = await readPoliciesElsewhere(ctx, becomePolicies, directory(ctx));
  // Weighed again after the wait: a change made meanwhile may have made the entry one that cannot be undone.
  return undo(ctx, target.id, read);
}

export const reportsHandlers = {
  'documents/list': (ctx) => listDocuments(ctx),
  'documents/get': (ctx, { id }) => getDocument(ctx, id),
  'documents/remove': (ctx, { id }) => {
    if (!documents.getDocumentRow(ctx.db, id)) throw new WorkspaceError('not-found', `找不到编号为 ${id} 的文件`);
    removeDocument(ctx, id);
    return listDocuments(ctx);
  },
  'documents/correct': (ctx, { id, departments, date }) => {
    correctReportFacts(ctx, id, { departments, date });
    return getDocument(ctx, id);
  },
  'documents/link': (ctx, { id, measure, paragraph, policy }) => {
    linkReport(ctx, id, measure, paragraph ?? null, policy);
    return getDocument(ctx, id);
  },
  'documents/unlink': (ctx, { id, measure, policy }) => {
    unlinkReport(ctx, id, measure, policy);
    return getDocument(ctx, id);
  },
  'documents/attribute': (ctx, { id, policies: chosen }) => {
    attributeReport(ctx, id, chosen);
    return getDocument(ctx, id);
  },
  'documents/set-role': (ctx, { id, role }) => {
    setDocumentRole(ctx, id, role);
    return listDocuments(ctx);
  },
} satisfies DomainHandlers<
  'documents/list' | 'documents/get' | 'documents/remove' | 'documents/correct' | 'documents/link' | 'documents/unlink' | 'documents/attribute' | 'documents/set-role'
>;
