// The importing domain: files are read, told apart (policy or report), stored, indexed and analysed.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { ImportedDocument, IsoDate, PolicyExtract } from '../../shared/types';
import type { DocumentRole, ImportBatchResult, ImportFileResult, ImportProgress } from '../../shared/views';
import { policyTextLength, policyTooLong } from '../../shared/extract/policy-size';
import { lostNumberingHint } from '../../shared/formats';
import { displayFileName } from '../../shared/text/display-name';
import { notImported } from '../import';
import { createInlineParser } from '../ingest/inline';
import type { ParsedFile, PolicyRequest, ReadingRequest } from '../ingest/pool';
import { joinedTerms, packTerms, unpackTerms, type PackedTerms } from '../ingest/protocol';
import * as documents from '../db/documents';
import * as policyRepo from '../db/policy';
import { classifyPolicy } from './classify';
import * as corrections from '../db/corrections';
import { invalidate, type ServiceContext } from './context';
import { appendJournal } from './journal';
import { expandZips } from '../import/zip-bundle';
import { measureTexts } from '../segment/jieba';
import { correctedPolicy, directory, policyIds } from './policy';
import { learnTerms, portfolioMeasureTexts, portfolioReading, readReport, type KnownTerms, type PortfolioReading } from './reading';
import { rereadAllReports } from './rereading';

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

/**
 * Keeps the file's own bytes where its pages can be shown beside its text (a scan, a PDF): the file itself may be
 * gone later (an upload is removed once imported) or changed.
 */
function keepSource(ctx: ServiceContext, id: number, doc: ImportedDocument): void {
  if (!doc.ocr && doc.format !== 'pdf') return;
  let bytes: Buffer;
  try {
    bytes = readFileSync(doc.path);
  } catch {
    return; // the page view then says the file is gone
  }
  if (createHash('sha256').update(bytes).digest('hex') === doc.hash) documents.saveSource(ctx.db, id, bytes);
}

function fail(result: ImportFileResult, file: string, code: string, message: string): void {
  Object.assign(result, { ok: false, error: { file, code, message } });
}

/**
 * What one imported file is stored as when it may be a policy: its policy extract (read by the parser, where the
 * file's limits bound it), 'report' when it is not taken as a policy, or 'refused' when it was meant as one but
 * cannot be (the result then says why).
 */
function readAsPolicy(
  ctx: ServiceContext,
  doc: ImportedDocument,
  read: ParsedFile['policy'],
  request: PolicyRequest | undefined,
  role: DocumentRole | 'auto',
  result: ImportFileResult,
): PolicyExtract | 'report' | 'refused' {
  if (role === 'submission') return 'report';
  // Once the workspace has a policy, an unlabelled file is a report: a further policy is imported as one.
  if (role === 'auto' && policyIds(ctx).length > 0) return 'report';
  // a text longer than any policy is not read as one on this thread: an unlabelled file is a report
  const tooLong = policyTooLong(doc.fileName, policyTextLength(doc.paragraphs));
  if (tooLong !== null && role === 'auto') return 'report';
  if (tooLong !== null) {
    fail(result, doc.fileName, 'too-large', tooLong);
    return 'refused';
  }
  // Read where the file was read; a parser that did not read it as one (it never should) leaves it unread here too.
  const extract = request && read?.requestId === request.id ? read.extract : null;
  if (!extract) {
    if (role === 'auto') return 'report';
    fail(result, doc.fileName, 'no-text', `无法导入「${displayFileName(doc.fileName)}」作为政策文件：未能读取其中的任务措施。`);
    return 'refused';
  }
  if (role === 'auto' && !classifyPolicy(extract)) return 'report';
  if (extract.measures.length === 0) {
    fail(result, doc.fileName, 'no-measures', `无法导入「${displayFileName(doc.fileName)}」作为政策文件：未识别出任何编号的任务措施。${lostNumberingHint(doc)}如果它是部门的落实报告，请作为落实报告导入。`);
    return 'refused';
  }
  // A policy assigns its measures to departments; a file where no measure has one is more likely a report.
  if (!extract.measures.some((m) => m.lead.length + m.support.length > 0)) {
    fail(
      result,
      doc.fileName,
      'no-responsibilities',
      `未把「${displayFileName(doc.fileName)}」作为政策文件导入：识别出${extract.measures.length}条措施，但没有一条写明责任单位，它可能是部门的落实报告。如确属政策文件，可导入后在“政策”中补充责任单位；否则请作为落实报告导入。`,
    );
    return 'refused';
  }
  return extract;
}

/**
 * The texts of a new policy's measures that reports will be weighed and read against: as read, and as the office
 * corrected them on the policy it takes over (see takeUpOrphans), if any.
 */
function newPolicyMeasureTexts(ctx: ServiceContext, extract: PolicyExtract): string[] {
  const from = orphanTakenUp(ctx, extract, policyIds(ctx).length === 0);
  return [...measureTexts(extract.measures), ...(from === undefined ? [] : measureTexts(correctedPolicy(ctx, from, extract).measures))];
}

/** Stores an imported file as a policy of the workspace and places the stored reports again. */
function storePolicy(
  ctx: ServiceContext,
  doc: ImportedDocument,
  extract: PolicyExtract,
  result: ImportFileResult,
  stamp: Stamp,
  readTerms: string[][] | null,
  known: KnownTerms,
): void {
  const { db } = ctx;
  const terms = readTerms ?? termsOf(ctx, doc);
  const others = new Set(policyIds(ctx));
  // The reports already stored are placed again (they may answer the new policy), or marked to be where the workspace
  // reads them in slices, in the same transaction that stores it: a crash later in the batch cannot leave them
  // unplaced. Their readings against the other policies stay.
  db.transaction(() => {
    const id = documents.insertDocument(db, doc, 'policy', stamp.importedAt, stamp.importDate, terms.map((list) => list.join(' ')));
    keepSource(ctx, id, doc);
    policyRepo.savePolicy(db, id, extract);
    takeUpOrphans(ctx, id, extract);
    invalidate(ctx);
    rereadAllReports(ctx, others, known);
    journalImport(ctx, id, doc, 'policy');
    Object.assign(result, { role: 'policy', documentId: id });
  })();
  invalidate(ctx);
}

/**
 * The policy no longer in the workspace whose office work (corrections, decisions, deadline) a new policy takes up:
 * one with the same document number or title, or, when the new policy is the workspace's only one (`alone`), the
 * one orphan there is.
 */
function orphanTakenUp(ctx: ServiceContext, extract: { docNumber: string | null; title: string }, alone: boolean): number | undefined {
  const orphans = corrections.orphanPolicies(ctx.db);
  const same = orphans.find((o) => {
    const was = policyRepo.policyIdentity(ctx.db, o);
    return was && ((was.docNumber && was.docNumber === extract.docNumber) || was.title === extract.title);
  });
  return same ?? (alone && orphans.length === 1 ? orphans[0] : undefined);
}

/**
 * What the office did on a policy that is no longer in the workspace (its corrections, decisions, deadline) is
 * taken up by a new policy with the same document number or title, or, in a workspace with no other policy, by the
 * new one: the way a corrected version replaces the old.
 */
function takeUpOrphans(ctx: ServiceContext, id: number, extract: { docNumber: string | null; title: string }): void {
  const from = orphanTakenUp(ctx, extract, policyIds(ctx).length === 1);
  if (from !== undefined) corrections.moveLedgerWork(ctx.db, from, id);
}

let nextReadingId = 1;
let nextPolicyRequestId = 1;

/** Reports are written this many to a transaction: fewer commits, and the thread is never held long. */
const WRITE_BATCH = 16;

/** Imports files, a zip archive's files in its place (see zip-bundle.ts). */
export async function importFiles(
  ctx: ServiceContext,
  paths: string[],
  role: DocumentRole | 'auto',
  onProgress?: (p: ImportProgress) => void,
  signal?: AbortSignal,
): Promise<ImportBatchResult> {
  const expanded = await expandZips(paths);
  try {
    return await importPaths(ctx, expanded.paths, role, onProgress, signal);
  } finally {
    expanded.cleanup();
  }
}

/**
 * Files are read by the parser (the import pool's workers, or this thread), handed over in the order given, and
 * written here, from this one thread, in batched transactions. Only the batch being written is held in memory.
 */
async function importPaths(
  ctx: ServiceContext,
  paths: string[],
  role: DocumentRole | 'auto',
  onProgress?: (p: ImportProgress) => void,
  signal?: AbortSignal,
): Promise<ImportBatchResult> {
  const { db } = ctx;
  const parser = ctx.parser ?? createInlineParser(ctx.segmenter);
  const results: ImportFileResult[] = [];
  const stamp: Stamp = { importedAt: ctx.clock.now(), importDate: ctx.clock.today() };
  // The terms of the policies' measures, segmented by the parser (the import pool's segmenter, off this thread): this
  // thread places reports on the policies and reads them against them, and so needs no jieba of its own. Fetched
  // for the policies there are before the batch starts, and for a policy when it arrives. Should the parser fail to
  // give them, this thread segments them itself.
  const known = new Map<string, string[]>();
  const learn = (texts: string[]) => learnTerms(parser, texts, known);
  let portfolio: PortfolioReading = portfolioReading(ctx, known);
  // Asked for at once and waited for before the first file is taken: the parser starts reading files meanwhile.
  const learned = learn(portfolioMeasureTexts(portfolio)).then(() => undefined);
  // The policy the parser reads reports against (in its workers, which segment the measures themselves), when the
  // workspace has just one; a policy arriving mid-batch ends its use.
  const single = portfolio.policies.length === 1 ? portfolio.policies[0].reading : null;
  const request: ReadingRequest | undefined = single
    ? { id: nextReadingId++, policyId: portfolio.policies[0].id, policy: single.policy, directory: single.directory, importDate: stamp.importDate }
    : undefined;
  let requestValid = request !== undefined;
  // Files that may be policies are read as policies by the parser too: under the file's limits, off this thread.
  const mayHoldPolicies = role === 'policy' || (role === 'auto' && policyIds(ctx).length === 0);
  const asPolicy: PolicyRequest | undefined = mayHoldPolicies ? { id: nextPolicyRequestId++, directory: directory(ctx) } : undefined;
  // Reports read but not yet written, and the results that wait for their document id (copies in the same batch).
  let pending: { doc: ImportedDocument; terms: PackedTerms; result: ImportFileResult; copies: ImportFileResult[]; analysis?: ParsedFile['analysis'] }[] = [];
  const pendingByHash = new Map<string, (typeof pending)[number]>();

  const write = () => {
    if (pending.length === 0) return;
    const batch = pending;
    pending = [];
    pendingByHash.clear();
    const context = portfolio;
    db.transaction(() => {
      batch.forEach(({ doc, terms, result, copies, analysis }) => {
        const id = documents.insertDocument(db, doc, 'submission', stamp.importedAt, stamp.importDate, joinedTerms(terms));
        keepSource(ctx, id, doc);
        const ready = requestValid && analysis && analysis.readingId === request?.id ? { analysis: analysis.value, placed: analysis.placed } : null;
        // Split into lists only where the report is read or weighed here (never when a worker read it already).
        let lists: string[][] | undefined;
        const report = { id, hash: doc.hash, fileName: doc.fileName, paragraphs: doc.paragraphs, importDate: stamp.importDate, get terms() { return (lists ??= unpackTerms(terms)); } };
        readReport(ctx, context, report, ready);
        journalImport(ctx, id, doc, 'submission');
        for (const r of [result, ...copies]) Object.assign(r, { role: 'submission', documentId: id });
      });
    })();
  };

  // Files are taken in the order handed over, one after another: a policy waits for its measures' terms.
  const take = async (index: number, parsed: ParsedFile) => {
    const { outcome } = parsed;
    const file = outcome.ok ? outcome.doc.fileName : outcome.failure.file;
    try {
      onProgress?.({ done: index + 1, total: paths.length, file });
    } catch {
      /* a failing progress listener must not stop the batch */
    }
    if (!outcome.ok) {
      results.push({ file, ok: false, error: outcome.failure });
      return;
    }
    const doc = outcome.doc;
    const result: ImportFileResult = { file, ok: true, warnings: doc.warnings };
    results.push(result);
    const waiting = pendingByHash.get(doc.hash);
    if (waiting) {
      Object.assign(result, { duplicate: true });
      waiting.copies.push(result);
      return;
    }
    const existing = documents.findByHash(db, doc.hash);
    if (existing) {
      Object.assign(result, { duplicate: true, documentId: existing.id, role: existing.role });
      return;
    }
    if (role === 'policy' || (role === 'auto' && policyIds(ctx).length === 0)) {
      // A policy changes how reports are read: the reports before it are written first, as they were read.
      write();
      const read = readAsPolicy(ctx, doc, parsed.policy, asPolicy, role, result);
      if (read === 'refused') return;
      if (read !== 'report') {
        await learn(newPolicyMeasureTexts(ctx, read));
        storePolicy(ctx, doc, read, result, stamp, parsed.terms && unpackTerms(parsed.terms), known);
        portfolio = portfolioReading(ctx, known);
        requestValid = false;
        return;
      }
    }
    const entry = { doc, terms: parsed.terms ?? packTerms(termsOf(ctx, doc)), result, copies: [], analysis: parsed.analysis };
    pending.push(entry);
    pendingByHash.set(doc.hash, entry);
    if (pending.length >= WRITE_BATCH) write();
  };
  let handed = 0;
  let taken: Promise<void> = learned;
  // The first error met taking a file ends the batch (the files before it are written) and is passed on.
  let failure: { error: unknown } | null = null;
  const hand = (index: number, parsed: ParsedFile) => {
    handed = index + 1;
    taken = taken
      .then(() => (failure ? undefined : take(index, parsed)))
      .catch((error: unknown) => {
        failure ??= { error };
      });
  };

  // A scan read by OCR reports its pages as it goes.
  const onPage = (index: number, done: number, total: number) => {
    try {
      onProgress?.({ done: index, total: paths.length, file: paths[index], page: { done, total } });
    } catch {
      /* a failing progress listener must not stop the batch */
    }
  };
  try {
    await parser.parse(paths, hand, signal, request, onPage, asPolicy);
    // Once the batch is cancelled, the files not yet read are reported as not imported.
    for (let i = handed; i < paths.length; i += 1) hand(i, { outcome: notImported(paths[i]), terms: null });
  } finally {
    await taken;
    write();
  }
  invalidate(ctx);
  if (failure) throw (failure as { error: unknown }).error;
  const failed = results.filter((r) => !r.ok).length;
  return { results, imported: results.length - failed, failed };
}
