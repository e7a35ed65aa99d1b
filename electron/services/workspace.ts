// The workspace service: one SQLite file, the import pipeline, and every query the hosts need.
import { writeFile, mkdir } from 'node:fs/promises';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ComplianceResult, DepartmentDirectory, ImportedDocument, IsoDate, Paragraph, PolicyExtract, SubmissionAnalysis } from '../../shared/types';
import type {
  ComparisonView,
  DepartmentRow,
  DocumentDetail,
  DocumentRole,
  DocumentSummary,
  ImportBatchResult,
  ImportFileResult,
  MatrixFilter,
  PolicyView,
  SearchHit,
  WorkspaceSettings,
} from '../../shared/views';
import { extractPolicy } from '../../shared/extract/policy';
import { defaultDirectory } from '../../shared/extract/departments';
import { withPolicyAliases } from '../../shared/extract/policy-departments';
import { departmentRows } from './department-rows';
import { analyzeSubmission } from '../../shared/submission';
import { computeCompliance, defaultReportDeadline } from '../../shared/compliance';
import { filterCompliance } from '../../shared/matrix/filter';
import { makeSnippet } from '../../shared/search/snippet';
import { sharedTerms } from '../../shared/search/shared-terms';
import { importFile } from '../import';
import { createSegmenter, type Segmenter } from '../segment/jieba';
import { openDatabase, type Db } from '../db/sqlite';
import * as documents from '../db/documents';
import * as policyRepo from '../db/policy';
import * as departmentsRepo from '../db/departments';
import { getSetting, setSetting } from '../db/settings';
import { searchParagraphs, scanParagraphs } from '../db/search';
import { buildComplianceReport, buildReminderNotices, buildReminderNoticeFiles } from '../export';
import type { WorkspaceApi } from './workspace-api';
import { classifyPolicy } from './classify';
import { localToday, nowStamp } from './clock';

export interface WorkspaceOptions {
  segmenter?: Segmenter;
  /** The date an undated report stands in with; defaults to the local calendar date. */
  today?: () => IsoDate;
}

export class WorkspaceError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

interface Loaded {
  policyId: number;
  policy: PolicyExtract;
  submissions: (SubmissionAnalysis & { documentId: number })[];
}

export function openWorkspace(file: string, options: WorkspaceOptions = {}): WorkspaceApi & { db: Db } {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = openDatabase(file);
  const segmenter = options.segmenter ?? createSegmenter();
  const today = options.today ?? localToday;

  let cache: Loaded | null | undefined;
  const invalidate = () => (cache = undefined);
  if (policyRepo.policyNeedsRereading(db)) db.transaction(refreshAll)();

  function load(): Loaded | null {
    if (cache !== undefined) return cache;
    const policyId = policyRepo.policyDocumentId(db);
    const policy = policyId == null ? null : policyRepo.loadPolicy(db, policyId);
    if (policyId == null || !policy) return (cache = null);
    const submissions = documents
      .listDocumentRows(db, 'submission')
      .filter((r) => r.analysis)
      .map((r) => ({ ...(r.analysis as SubmissionAnalysis), documentId: r.id }));
    return (cache = { policyId, policy, submissions });
  }

  /** The shipped defaults with the user's merges, splits and generic marks on top (later entries win). */
  function directory(): DepartmentDirectory {
    const user = departmentsRepo.loadDirectory(db);
    const base = defaultDirectory();
    return { aliases: [...base.aliases, ...user.aliases], generic: [...base.generic, ...user.generic] };
  }

  /** Reports fold to the names the policy uses; the user's own entries still win. */
  function reportDirectory(policy: PolicyExtract): DepartmentDirectory {
    return withPolicyAliases(defaultDirectory(), policy, departmentsRepo.loadDirectory(db));
  }

  function measureTokens(policy: PolicyExtract): string[][] {
    return policy.measures.map((m) => segmenter.terms(`${m.title}\n${m.text}`));
  }

  /** Re-reads the policy with the current directory, then re-analyses every submission. */
  function refreshAll(): void {
    const policyId = policyRepo.policyDocumentId(db);
    if (policyId == null) return;
    const dir = directory();
    const paragraphs = documents.getParagraphs(db, policyId);
    const extract = extractPolicy({ paragraphs }, dir);
    policyRepo.savePolicy(db, policyId, extract);
    const ctx: ReadingContext = { policy: extract, tokens: measureTokens(extract), directory: reportDirectory(extract) };
    for (const row of documents.listDocumentRows(db, 'submission')) {
      const paragraphs = documents.getParagraphs(db, row.id);
      documents.setAnalysis(db, row.id, readSubmission(ctx, row.fileName, paragraphs, paragraphs.map((p) => p.terms), row.importDate));
    }
    departmentsRepo.pruneUnusedDepartments(db);
  }

  function termsOf(doc: ImportedDocument): string[][] {
    return doc.paragraphs.map((p) => segmenter.terms(p.text));
  }

  interface ReadingContext {
    policy: PolicyExtract;
    tokens: string[][];
    directory: DepartmentDirectory;
  }

  function readingContext(): ReadingContext | null {
    const loaded = load();
    return loaded ? { policy: loaded.policy, tokens: measureTokens(loaded.policy), directory: reportDirectory(loaded.policy) } : null;
  }

  function readSubmission(ctx: ReadingContext, file: string, paragraphs: Paragraph[], terms: string[][], importDate: IsoDate): SubmissionAnalysis {
    return analyzeSubmission({ file, paragraphs, tokens: terms, importDate }, { extract: ctx.policy, measureTokens: ctx.tokens }, ctx.directory);
  }

  /** Stores one imported file as the policy, if it is one and the user allows it; returns whether it did. */
  function storeAsPolicy(doc: ImportedDocument, role: DocumentRole | 'auto', result: ImportFileResult, stamp: { importedAt: string; importDate: IsoDate }): boolean {
    if (role === 'submission') return false;
    const hasPolicy = policyRepo.policyDocumentId(db) != null;
    // Once the workspace has its policy, an unlabelled file is a report: no need to read it as a policy.
    if (role === 'auto' && hasPolicy) return false;
    const extract = extractPolicy({ paragraphs: doc.paragraphs }, directory());
    if (role === 'auto' && !classifyPolicy(extract)) return false;
    if (hasPolicy) {
      fail(result, doc.fileName, 'policy-exists', `无法导入「${doc.fileName}」：本工作区已有政策文件，一个工作区跟踪一份政策。请新建工作区，或先移除现有政策文件。`);
      return true;
    }
    if (extract.measures.length === 0) {
      fail(result, doc.fileName, 'no-measures', `无法导入「${doc.fileName}」作为政策文件：未识别出任何编号的任务措施。`);
      return true;
    }
    const terms = termsOf(doc);
    db.transaction(() => {
      const id = documents.insertDocument(db, doc, 'policy', stamp.importedAt, stamp.importDate, terms);
      policyRepo.savePolicy(db, id, extract);
      Object.assign(result, { role: 'policy', documentId: id });
    })();
    invalidate();
    return true;
  }

  /** Files are read, stored and indexed one at a time, so a large batch never sits in memory whole. */
  async function importFiles(
    paths: string[],
    role: DocumentRole | 'auto',
    onProgress?: (p: { done: number; total: number; file: string }) => void,
  ): Promise<ImportBatchResult> {
    const results: ImportFileResult[] = [];
    const stamp = { importedAt: nowStamp(), importDate: today() };
    let ctx = readingContext();
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
      if (storeAsPolicy(doc, role, result, stamp)) {
        if (result.ok) {
          policyArrived = true;
          ctx = readingContext();
        }
        continue;
      }
      const terms = termsOf(doc);
      const analysis = ctx ? readSubmission(ctx, doc.fileName, doc.paragraphs, terms, stamp.importDate) : null;
      db.transaction(() => {
        const id = documents.insertDocument(db, doc, 'submission', stamp.importedAt, stamp.importDate, terms);
        if (analysis) documents.setAnalysis(db, id, analysis);
        Object.assign(result, { role: 'submission', documentId: id });
      })();
    }
    // Reports stored before the policy arrived are read now that there is one.
    if (policyArrived && ctx) {
      const pending = documents.listDocumentRows(db, 'submission').filter((r) => !r.analysis);
      db.transaction(() => {
        for (const row of pending) {
          const paragraphs = documents.getParagraphs(db, row.id);
          documents.setAnalysis(db, row.id, readSubmission(ctx!, row.fileName, paragraphs, paragraphs.map((p) => p.terms), row.importDate));
        }
      })();
    }
    invalidate();
    const failed = results.filter((r) => !r.ok).length;
    return { results, imported: results.length - failed, failed };
  }

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

  function settings(): WorkspaceSettings {
    return { reportDeadline: getSetting(db, 'report-deadline'), asOf: getSetting(db, 'as-of') };
  }

  function compliance(asOf: IsoDate, filter?: MatrixFilter): ComplianceResult {
    const loaded = load();
    const reportDeadline = settings().reportDeadline;
    if (!loaded) return { asOf, reportDeadline: reportDeadline ?? `${asOf.slice(0, 4)}-12-31`, obligations: [], notes: { offDuty: [], unobliged: [], beforeIssue: [] } };
    const result = computeCompliance({ policy: loaded.policy, submissions: loaded.submissions, asOf, reportDeadline });
    return filter ? filterCompliance(result, loaded.policy, filter) : result;
  }

  function changeDirectory(change: () => void): void {
    db.transaction(() => {
      change();
      refreshAll();
    })();
    invalidate();
  }

  const api: WorkspaceApi & { db: Db } = {
    db,
    info() {
      const loaded = load();
      const rows = documents.listDocumentRows(db);
      return {
        path: file,
        hasPolicy: !!loaded,
        policyTitle: loaded?.policy.title ?? null,
        documentCount: rows.length,
        submissionCount: rows.filter((r) => r.role === 'submission').length,
        settings: settings(),
        defaultReportDeadline: loaded ? defaultReportDeadline(loaded.policy) : null,
      };
    },
    importFiles,
    listDocuments() {
      return documents.listDocumentRows(db).map(summary);
    },
    getDocument(id) {
      const row = documents.getDocumentRow(db, id);
      if (!row) return null;
      const paragraphs = documents.getParagraphs(db, id).map(({ terms: _t, ...p }) => p);
      return { ...summary(row), text: documents.getDocumentText(db, id), paragraphs, analysis: row.analysis } satisfies DocumentDetail;
    },
    removeDocument(id) {
      db.transaction(() => {
        documents.deleteDocument(db, id);
        departmentsRepo.pruneUnusedDepartments(db);
      })();
      invalidate();
    },
    getPolicy(): PolicyView | null {
      const loaded = load();
      if (!loaded) return null;
      const paragraphs = documents.getParagraphs(db, loaded.policyId).map(({ terms: _t, ...p }) => p);
      return { documentId: loaded.policyId, extract: loaded.policy, paragraphs };
    },
    compliance,
    compare(measureNumber, department, asOf): ComparisonView | null {
      const loaded = load();
      const measure = loaded?.policy.measures.find((m) => m.number === measureNumber);
      if (!loaded || !measure) return null;
      const result = compliance(asOf);
      const status = result.obligations.find((o) => o.measure === measureNumber && o.department === department) ?? null;
      const responses = loaded.submissions
        .filter((s) => s.departments.includes(department) && s.measures.includes(measureNumber))
        .sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''))
        .map((s) => ({
          documentId: s.documentId,
          fileName: s.file,
          date: s.date,
          paragraphs: documents.getParagraphs(db, s.documentId).map(({ terms: _t, ...p }) => p),
          linked: s.links.filter((l) => l.measure === measureNumber).map((l) => l.paragraph),
        }));
      const measureTerms = segmenter.terms(`${measure.title}\n${measure.text}`);
      const responseTerms = responses.flatMap((r) => r.paragraphs.filter((p) => r.linked.includes(p.index)).flatMap((p) => segmenter.terms(p.text)));
      const siblings = result.obligations.filter((o) => o.department === department).map((o) => o.measure);
      return { measure, department, status, responses, sharedTerms: sharedTerms(measureTerms, responseTerms), siblings };
    },
    search(query, filter = {}, limit = 50): SearchHit[] {
      const q = query.trim();
      if (!q) return [];
      const terms = [...new Set(segmenter.cut(q).map((t) => t.text.trim()).filter((t) => t && /[\p{L}\p{N}]/u.test(t)))];
      const role = filter.role ?? null;
      const wide = filter.department ? limit * 10 : limit;
      const matches = terms.every((t) => t.length < 2) ? scanParagraphs(db, q, role, wide) : searchParagraphs(db, terms, role, wide);
      const byDoc = filter.department ? new Set(load()?.submissions.filter((s) => s.departments.includes(filter.department!)).map((s) => s.documentId)) : null;
      return matches
        .filter((m) => !byDoc || byDoc.has(m.documentId))
        .slice(0, limit)
        .map((m) => ({
          documentId: m.documentId,
          fileName: m.fileName,
          role: m.role,
          paragraph: m.paragraph,
          snippet: makeSnippet(m.text, terms.length ? terms : [q]),
          rank: m.rank,
        }));
    },
    departments(): DepartmentRow[] {
      const loaded = load();
      return departmentRows(loaded?.policy ?? null, loaded?.submissions ?? [], departmentsRepo.listDepartmentRecords(db), loaded ? reportDirectory(loaded.policy) : directory());
    },
    mergeDepartments(names, into) {
      const target = into.trim();
      if (!target) throw new WorkspaceError('bad-input', '合并目标名称不能为空。');
      changeDirectory(() => {
        for (const n of names) departmentsRepo.mergeDepartment(db, n.trim(), target);
      });
    },
    splitAlias(alias) {
      changeDirectory(() => departmentsRepo.splitAliasRow(db, alias.trim()));
    },
    setGeneric(name, generic) {
      changeDirectory(() => departmentsRepo.setGenericFlag(db, name.trim(), generic));
    },
    getSettings: settings,
    setSettings(patch) {
      if ('reportDeadline' in patch) setSetting(db, 'report-deadline', patch.reportDeadline ?? null);
      if ('asOf' in patch) setSetting(db, 'as-of', patch.asOf ?? null);
      return settings();
    },
    async exportReport(outPath, asOf, options = {}) {
      const loaded = requirePolicy();
      const data = await buildComplianceReport({ policy: loaded.policy, result: compliance(asOf), ...options });
      await mkdir(dirname(outPath), { recursive: true });
      await writeFile(outPath, data);
      return outPath;
    },
    async exportNotices(outPath, asOf, options) {
      const loaded = requirePolicy();
      const input = { policy: loaded.policy, result: compliance(asOf), ...options };
      if (options.split) {
        await mkdir(outPath, { recursive: true });
        const files = await buildReminderNoticeFiles(input);
        const written: string[] = [];
        for (const f of files) {
          const target = join(outPath, f.fileName);
          await writeFile(target, f.data);
          written.push(target);
        }
        return written;
      }
      await mkdir(dirname(outPath), { recursive: true });
      await writeFile(outPath, await buildReminderNotices(input));
      return [outPath];
    },
    close() {
      db.close();
    },
  };

  function requirePolicy(): Loaded {
    const loaded = load();
    if (!loaded) throw new WorkspaceError('no-policy', '工作区还没有政策文件，请先导入政策文件。');
    return loaded;
  }

  return api;
}

function fail(result: ImportFileResult, file: string, code: string, message: string): void {
  Object.assign(result, { ok: false, error: { file, code, message } });
}
