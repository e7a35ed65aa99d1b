// The importing domain: files are read, told apart (policy or report), stored, indexed and analysed.
import type { ImportedDocument, IsoDate } from '../../shared/types';
import type { DocumentRole, ImportBatchResult, ImportFileResult, ImportProgress } from '../../shared/views';
import { extractPolicy } from '../../shared/extract/policy';
import { importFile } from '../import';
import * as documents from '../db/documents';
import * as policyRepo from '../db/policy';
import { classifyPolicy } from './classify';
import { invalidate, type ServiceContext } from './context';
import { directory, readingContext, readSubmission, rereadSubmission } from './policy';

interface Stamp {
  importedAt: string;
  importDate: IsoDate;
}

function termsOf(ctx: ServiceContext, doc: ImportedDocument): string[][] {
  return doc.paragraphs.map((p) => ctx.segmenter.terms(p.text));
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
    fail(result, doc.fileName, 'policy-exists', `无法导入「${doc.fileName}」：本工作区已有政策文件，一个工作区跟踪一份政策。请新建工作区，或先移除现有政策文件。`);
    return true;
  }
  if (extract.measures.length === 0) {
    fail(result, doc.fileName, 'no-measures', `无法导入「${doc.fileName}」作为政策文件：未识别出任何编号的任务措施。`);
    return true;
  }
  const terms = termsOf(ctx, doc);
  db.transaction(() => {
    const id = documents.insertDocument(db, doc, 'policy', stamp.importedAt, stamp.importDate, terms);
    policyRepo.savePolicy(db, id, extract);
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
): Promise<ImportBatchResult> {
  const { db } = ctx;
  const results: ImportFileResult[] = [];
  const stamp: Stamp = { importedAt: ctx.clock.now(), importDate: ctx.clock.today() };
  let reading = readingContext(ctx);
  let policyArrived = false;
  for (let i = 0; i < paths.length; i++) {
    const outcome = await importFile(paths[i]);
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
      if (result.ok) {
        policyArrived = true;
        reading = readingContext(ctx);
      }
      continue;
    }
    const terms = termsOf(ctx, doc);
    const analysis = reading ? readSubmission(reading, doc.fileName, doc.paragraphs, terms, stamp.importDate) : null;
    db.transaction(() => {
      const id = documents.insertDocument(db, doc, 'submission', stamp.importedAt, stamp.importDate, terms);
      if (analysis) documents.setAnalysis(db, id, analysis);
      Object.assign(result, { role: 'submission', documentId: id });
    })();
  }
  // Reports stored before the policy arrived are read now that there is one.
  if (policyArrived && reading) {
    const pending = documents.listDocumentRows(db, 'submission').filter((r) => !r.analysis);
    const ready = reading;
    db.transaction(() => {
      for (const row of pending) rereadSubmission(ctx, ready, row);
    })();
  }
  invalidate(ctx);
  const failed = results.filter((r) => !r.ok).length;
  return { results, imported: results.length - failed, failed };
}
