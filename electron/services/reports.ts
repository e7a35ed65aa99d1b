// The documents in the workspace: the policy file and the departments' reports, as the views list them.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { DocumentDetail, DocumentSummary, PageImage } from '../../shared/views';
import { renderPage } from '../import/page-image';
import * as documents from '../db/documents';
import * as departmentsRepo from '../db/departments';
import { invalidate, WorkspaceError, type ServiceContext } from './context';
import type { DomainHandlers } from './workspace-api';

function summary(row: documents.DocumentRow): DocumentSummary {
  const a = row.analysis;
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
  };
}

export function listDocuments(ctx: ServiceContext): DocumentSummary[] {
  return documents.listDocumentRows(ctx.db).map(summary);
}

export function getDocument(ctx: ServiceContext, id: number): DocumentDetail | null {
  const row = documents.getDocumentRow(ctx.db, id);
  if (!row) return null;
  const paragraphs = documents.getParagraphs(ctx.db, id).map(({ terms: _t, ...p }) => p);
  return { ...summary(row), text: documents.getDocumentText(ctx.db, id), paragraphs, analysis: row.analysis, ocr: row.ocr };
}

/**
 * A page of a document read by OCR, rendered again from the file it was imported from, so the text can be checked
 * against the picture. The file must still be there, unchanged.
 */
export async function pageImage(ctx: ServiceContext, id: number, page: number): Promise<PageImage | null> {
  const row = documents.getDocumentRow(ctx.db, id);
  if (!row) throw new WorkspaceError('not-found', `找不到编号为 ${id} 的文件`);
  if (!row.ocr) return null;
  let bytes: Uint8Array;
  try {
    bytes = await readFile(row.path);
  } catch {
    throw new WorkspaceError('not-found', `原文件已不在「${row.path}」，无法显示扫描页面。`);
  }
  if (createHash('sha256').update(bytes).digest('hex') !== row.hash) {
    throw new WorkspaceError('bad-input', `「${row.fileName}」在导入后已被修改，无法显示导入时的扫描页面。`);
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
  db.transaction(() => {
    documents.deleteDocument(db, id);
    departmentsRepo.pruneUnusedDepartments(db);
  })();
  invalidate(ctx);
}

export const reportsHandlers = {
  'documents/list': (ctx) => listDocuments(ctx),
  'documents/get': (ctx, { id }) => getDocument(ctx, id),
  'documents/remove': (ctx, { id }) => {
    if (!documents.getDocumentRow(ctx.db, id)) throw new WorkspaceError('not-found', `找不到编号为 ${id} 的文件`);
    removeDocument(ctx, id);
    return listDocuments(ctx);
  },
} satisfies DomainHandlers<'documents/list' | 'documents/get' | 'documents/remove'>;
