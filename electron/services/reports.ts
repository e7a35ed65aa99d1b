// The documents in the workspace: the policy file and the departments' reports, as the views list them.
import type { DocumentDetail, DocumentSummary } from '../../shared/views';
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
  return { ...summary(row), text: documents.getDocumentText(ctx.db, id), paragraphs, analysis: row.analysis };
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
