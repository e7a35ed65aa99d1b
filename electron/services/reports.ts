// The documents in the workspace: the policy file and the departments' reports, as the views list them,
// and the office's corrections to a report (departments, date, role, links to measures).
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { SubmissionAnalysis } from '../../shared/types';
import type { DocumentDetail, DocumentRole, DocumentSummary, PageImage } from '../../shared/views';
import { applyReportCorrection, type ManualLink, type ReportCorrection } from '../../shared/corrections/report';
import { extractPolicy } from '../../shared/extract/policy';
import { renderPage } from '../import/page-image';
import * as documents from '../db/documents';
import * as departmentsRepo from '../db/departments';
import * as corrections from '../db/corrections';
import * as policyRepo from '../db/policy';
import { WorkspaceError, invalidate, type ServiceContext } from './context';
import { appendJournal, recordChange, slotWriters } from './journal';
import { directory, load, refreshAll, requireMeasure } from './policy';
import type { DomainHandlers } from './workspace-api';

function summary(row: documents.DocumentRow, analysis: SubmissionAnalysis | null, corrected: boolean): DocumentSummary {
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
  };
}

/** A report's analysis with the office's corrections on top. */
function correctedAnalysis(ctx: ServiceContext, row: documents.DocumentRow): SubmissionAnalysis | null {
  if (!row.analysis) return null;
  const fix = corrections.getReportCorrection(ctx.db, row.hash);
  return applyReportCorrection(row.analysis, fix, load(ctx)?.fold);
}

export function listDocuments(ctx: ServiceContext): DocumentSummary[] {
  const fixes = corrections.allReportCorrections(ctx.db);
  return documents.listDocumentRows(ctx.db).map((row) => summary(row, correctedAnalysis(ctx, row), fixes.has(row.hash)));
}

export function getDocument(ctx: ServiceContext, id: number): DocumentDetail | null {
  const row = documents.getDocumentRow(ctx.db, id);
  if (!row) return null;
  const paragraphs = documents.getParagraphs(ctx.db, id).map(({ terms: _t, ...p }) => p);
  const analysis = correctedAnalysis(ctx, row);
  const fixed = corrections.getReportCorrection(ctx.db, row.hash) !== null;
  return { ...summary(row, analysis, fixed), text: documents.getDocumentText(ctx.db, id), paragraphs, analysis, ocr: row.ocr };
}

/**
 * A page of a document read by OCR, rendered again from the file it was imported from, so the text can be checked
 * against the picture. The file must still be there, unchanged.
 */
export async function pageImage(ctx: ServiceContext, id: number, page: number): Promise<PageImage | null> {
  const row = documents.getDocumentRow(ctx.db, id);
  if (!row) throw new WorkspaceError('not-found', `找不到编号为 ${id} 的文件`);
  if (!row.ocr) return null;
  // The bytes kept at import; a workspace from before they were kept reads the file it was imported from.
  let bytes: Uint8Array | null = documents.getScanSource(ctx.db, id);
  if (!bytes) {
    try {
      bytes = await readFile(row.path);
    } catch {
      throw new WorkspaceError('not-found', `原文件已不在「${row.path}」，无法显示扫描页面。`);
    }
    if (createHash('sha256').update(bytes).digest('hex') !== row.hash) {
      throw new WorkspaceError('bad-input', `「${row.fileName}」在导入后已被修改，无法显示导入时的扫描页面。`);
    }
  }
  let rendered;
  try {
    rendered = await renderPage(row.format === 'pdf' ? 'pdf' : 'image', bytes, page);
  } catch {
    throw new WorkspaceError('bad-input', `无法显示「${row.fileName}」第 ${page} 页的扫描图像。`);
  }
  if (!rendered) throw new WorkspaceError('not-found', `「${row.fileName}」没有第 ${page} 页。`);
  const { jpeg, width, height, pageCount } = rendered;
  return { dataUrl: `data:image/jpeg;base64,${jpeg.toString('base64')}`, width, height, page, pageCount };
}

export function removeDocument(ctx: ServiceContext, id: number): void {
  const { db } = ctx;
  const row = documents.getDocumentRow(db, id);
  if (!row) return;
  db.transaction(() => {
    documents.deleteDocument(db, id);
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

function correctReport(ctx: ServiceContext, row: documents.DocumentRow, summaryText: string, change: (c: ReportCorrection) => ReportCorrection, measure?: number): void {
  recordChange(ctx, { kind: 'report', summary: summaryText, measure: measure ?? null }, [`report:${row.hash}`], () => {
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
  const now = correctedAnalysis(ctx, row);
  const parts: string[] = [];
  if (patch.departments) parts.push(`报送单位 ${now?.departments.join('、') || '（无）'} → ${patch.departments.map((d) => d.trim()).join('、')}`);
  if (patch.date) parts.push(`报送日期 ${now?.date ?? '（无）'} → ${patch.date}`);
  correctReport(ctx, row, `更正「${row.fileName}」：${parts.join('；')}`, (c) => ({
    ...c,
    ...(patch.departments ? { departments: patch.departments.map((d) => d.trim()) } : {}),
    ...(patch.date ? { date: patch.date } : {}),
  }));
}

export function linkReport(ctx: ServiceContext, id: number, measure: number, paragraph: number | null): void {
  const row = requireReport(ctx, id);
  requireMeasure(ctx, measure);
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
    `将「${row.fileName}」${where}关联到第${measure}条`,
    (c) => ({ ...c, links: [...(c.links ?? []).filter((l) => l.measure !== measure), link], unlinks: (c.unlinks ?? []).filter((m) => m !== measure) }),
    measure,
  );
}

export function unlinkReport(ctx: ServiceContext, id: number, measure: number): void {
  const row = requireReport(ctx, id);
  const now = correctedAnalysis(ctx, row);
  if (!now?.measures.includes(measure)) throw new WorkspaceError('bad-input', `「${row.fileName}」没有关联第${measure}条。`);
  correctReport(
    ctx,
    row,
    `取消「${row.fileName}」与第${measure}条的关联`,
    (c) => {
      const links = (c.links ?? []).filter((l) => l.measure !== measure);
      const wasAutomatic = row.analysis?.measures.includes(measure);
      return { ...c, links, unlinks: wasAutomatic ? [...new Set([...(c.unlinks ?? []), measure])] : c.unlinks };
    },
    measure,
  );
}

/** Makes a document the policy or a report; used by the correction and by its undo. */
function writeRole(ctx: ServiceContext, id: number, role: DocumentRole): void {
  const { db } = ctx;
  const row = documents.getDocumentRow(db, id);
  if (!row || row.role === role) return;
  if (role === 'policy') {
    if (policyRepo.policyDocumentId(db) != null) throw new WorkspaceError('bad-input', '本工作区已有政策文件，请先把它改为落实报告或移除。');
    const extract = extractPolicy({ paragraphs: documents.getParagraphs(db, id) }, directory(ctx));
    if (extract.measures.length === 0) throw new WorkspaceError('bad-input', `「${row.fileName}」中未识别出编号的任务措施，不能作为政策文件。`);
    documents.setRole(db, id, 'policy');
    documents.setAnalysis(db, id, null);
    policyRepo.savePolicy(db, id, extract);
  } else {
    policyRepo.clearPolicy(db, id);
    documents.setRole(db, id, 'submission');
  }
  ctx.cache.loaded = undefined;
  refreshAll(ctx);
}
slotWriters.role = (ctx, key, value) => writeRole(ctx, Number(key), value);

export function setDocumentRole(ctx: ServiceContext, id: number, role: DocumentRole): void {
  const row = documents.getDocumentRow(ctx.db, id);
  if (!row) throw new WorkspaceError('not-found', `找不到编号为 ${id} 的文件。`);
  if (row.role === role) return;
  const what = role === 'policy' ? '政策文件' : '落实报告';
  recordChange(ctx, { kind: 'report', summary: `将「${row.fileName}」改为${what}` }, [`role:${id}`], () => writeRole(ctx, id, role));
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
  'documents/link': (ctx, { id, measure, paragraph }) => {
    linkReport(ctx, id, measure, paragraph ?? null);
    return getDocument(ctx, id);
  },
  'documents/unlink': (ctx, { id, measure }) => {
    unlinkReport(ctx, id, measure);
    return getDocument(ctx, id);
  },
  'documents/set-role': (ctx, { id, role }) => {
    setDocumentRole(ctx, id, role);
    return listDocuments(ctx);
  },
} satisfies DomainHandlers<'documents/list' | 'documents/get' | 'documents/remove' | 'documents/correct' | 'documents/link' | 'documents/unlink' | 'documents/set-role'>;
