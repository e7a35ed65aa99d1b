// The importing domain: files are read, told apart (policy or report), stored, indexed and analysed.
import type { ImportedDocument, IsoDate } from '../../shared/types';
import type { DocumentRole, ImportBatchResult, ImportFileResult, ImportProgress } from '../../shared/views';
import { extractPolicy } from '../../shared/extract/policy';
import { displayFileName } from '../../shared/text/display-name';
import { importFile, notImported } from '../import';
import * as documents from '../db/documents';
import * as policyRepo from '../db/policy';
import { classifyPolicy } from './classify';
import { invalidate, type ServiceContext } from './context';
import { appendJournal } from './journal';
import { directory, readingContext, readSubmission, rereadReports } from './policy';

interface Stamp {
  importedAt: string;
  importDate: IsoDate;
}

function termsOf(ctx: ServiceContext, doc: ImportedDocument): string[][] {
  return doc.paragraphs.map((p) => ctx.segmenter.terms(p.text));
}

function journalImport(ctx: ServiceContext, id: number, doc: ImportedDocument, role: DocumentRole): void {
  const what = role === 'policy' ? '政策文件' : '落实报告';
  appendJournal(ctx, { kind: 'import', summary: `导入${what}「${displayFileName(doc.fileName)}」` }, { [`document:${id}`]: null }, { [`document:${id}`]: { hash: doc.hash, fileName: doc.fileName, role } });
}

function fail(result: ImportFileResult, file: string, code: string, message: string): void {
  Object.assign(result, { ok: false, error: { file, code, message } });
}

/** Stores one imported file as the policy, if it is one and the user allows it; returns whether it did. */
function storeAsPolicy(ctx: ServiceContext, doc: ImportedDocument, role: DocumentRole | 'auto', result: ImportFileResult, stamp: Stamp): boolean {
  const { db } = ctx;
  if (role === 'submission') return false;
  const hasPolicy = policyRepo.policyDocumentId(db) != null;
  // Once the workspace has its policy, an unlabelled file is a report: no need to read it as a policy.
  if (role === 'auto' && hasPolicy) return false;
  const extract = extractPolicy({ paragraphs: doc.paragraphs }, directory(ctx));
  if (role === 'auto' && !classifyPolicy(extract)) return false;
  if (hasPolicy) {
    fail(result, doc.fileName, 'policy-exists', `无法导入「${displayFileName(doc.fileName)}」：本工作区已有政策文件，一个工作区跟踪一份政策。请新建工作区，或先移除现有政策文件。`);
    return true;
  }
  if (extract.measures.length === 0) {
    fail(result, doc.fileName, 'no-measures', `无法导入「${displayFileName(doc.fileName)}」作为政策文件：未识别出任何编号的任务措施。如果它是部门的落实报告，请作为落实报告导入。`);
    return true;
  }
  // A policy assigns its measures to departments; a file where no measure has one is more likely a report.
  if (!extract.measures.some((m) => m.lead.length + m.support.length > 0)) {
    fail(
      result,
      doc.fileName,
      'no-responsibilities',
      `未把「${displayFileName(doc.fileName)}」作为政策文件导入：识别出${extract.measures.length}条措施，但没有一条写明责任单位，它可能是部门的落实报告。如确属政策文件，可导入后在“政策”中补充责任单位；否则请作为落实报告导入。`,
    );
    return true;
  }
  const terms = termsOf(ctx, doc);
  // The reports already stored (before any policy, or read against one this replaces) are read against the new
  // policy in the same transaction that stores it: a crash later in the batch cannot leave them unread.
  db.transaction(() => {
    const id = documents.insertDocument(db, doc, 'policy', stamp.importedAt, stamp.importDate, terms);
    policyRepo.savePolicy(db, id, extract);
    rereadReports(ctx, policyRepo.loadPolicy(db, id) ?? extract);
    journalImport(ctx, id, doc, 'policy');
    Object.assign(result, { role: 'policy', documentId: id });
  })();
  invalidate(ctx);
  return true;
}

/** Files are read, stored and indexed one at a time, so a large batch never sits in memory whole. */
export async function importFiles(
  ctx: ServiceContext,
  paths: string[],
  role: DocumentRole | 'auto',
  onProgress?: (p: ImportProgress) => void,
  signal?: AbortSignal,
): Promise<ImportBatchResult> {
  const { db } = ctx;
  const results: ImportFileResult[] = [];
  const stamp: Stamp = { importedAt: ctx.clock.now(), importDate: ctx.clock.today() };
  let reading = readingContext(ctx);
  for (let i = 0; i < paths.length; i++) {
    const onPage = (done: number, total: number) => {
      try {
        onProgress?.({ done: i, total: paths.length, file: paths[i], page: { done, total } });
      } catch {
        /* a failing progress listener must not stop the batch */
      }
    };
    // Once the batch is cancelled, the files not yet read are reported as not imported.
    const outcome = signal?.aborted ? notImported(paths[i]) : await importFile(paths[i], { onPage, signal });
    const file = outcome.ok ? outcome.doc.fileName : outcome.failure.file;
    try {
      onProgress?.({ done: i + 1, total: paths.length, file });
    } catch {
      /* a failing progress listener must not stop the batch */
    }
    if (!outcome.ok) {
      results.push({ file, ok: false, error: outcome.failure });
      continue;
    }
    const doc = outcome.doc;
    const result: ImportFileResult = { file, ok: true, warnings: doc.warnings };
    results.push(result);
    const existing = documents.findByHash(db, doc.hash);
    if (existing) {
      Object.assign(result, { duplicate: true, documentId: existing.id, role: existing.role });
      continue;
    }
    if (storeAsPolicy(ctx, doc, role, result, stamp)) {
      if (result.ok) reading = readingContext(ctx);
      continue;
    }
    const terms = termsOf(ctx, doc);
    const analysis = reading ? readSubmission(reading, doc.fileName, doc.paragraphs, terms, stamp.importDate) : null;
    db.transaction(() => {
      const id = documents.insertDocument(db, doc, 'submission', stamp.importedAt, stamp.importDate, terms);
      if (analysis) documents.setAnalysis(db, id, analysis);
      journalImport(ctx, id, doc, 'submission');
      Object.assign(result, { role: 'submission', documentId: id });
    })();
  }
  invalidate(ctx);
  const failed = results.filter((r) => !r.ok).length;
  return { results, imported: results.length - failed, failed };
}
