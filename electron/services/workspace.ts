// Opens a workspace (one SQLite file) and composes the domain modules into the API the hosts call.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { userInfo } from 'node:os';
import type { IsoDate } from '../../shared/types';
import { openDatabase, type Db } from '../db/sqlite';
import * as policyRepo from '../db/policy';
import type { FileParser } from '../ingest/pool';
import { createSegmenter, type Segmenter } from '../segment/jieba';
import { localToday, nowStamp } from './clock';
import type { ServiceContext } from './context';
import { compare, compliance, complianceHandlers } from './compliance';
import { decisionsHandlers } from './decisions';
import { journalHandlers } from './journal';
import { departments, departmentsHandlers, mergeDepartments, setGeneric, splitAlias } from './departments';
import { exportNotices, exportReport, exportWorkbook } from './export';
import { importFiles } from './importing';
import { finishPendingReports, getPolicy, policyHandlers, refreshAll, rereadStoredPolicies } from './policy';
import { finishRereading, markUnreadReports, slicedRereading, startRereading } from './rereading';
import { getDocument, listDocuments, originalPdf, pageImage, removeDocument, reportsHandlers, setDocumentRoleElsewhere, undoElsewhere } from './reports';
import { mergePreviewHandlers, previewMergeElsewhere } from './merge-preview';
import { overviewHandlers } from './overview';
import { recordImportBatch, recordsHandlers } from './records';
import { search, searchHandlers } from './search';
import { asOfOrDefault, getSettings, info, setSettings, settingsHandlers } from './settings';
import type { ServiceHandlers, WorkspaceApi } from './workspace-api';

export { WorkspaceError } from './context';

export interface WorkspaceOptions {
  segmenter?: Segmenter;
  /** Reads files for imports off this thread (the import pool); imports read on this thread without one. */
  parser?: FileParser;
  /** The date an undated report stands in with; defaults to the local calendar date. */
  today?: () => IsoDate;
  /** Who the journal names; defaults to the operating-system user. */
  user?: string;
  /**
   * Reports are read again in slices after a correction to the ledger, the thread answering between them (the app
   * and browser mode); at once, in the correction's transaction, unless set.
   */
  rereadInSlices?: boolean;
  /** How long one such slice may hold the thread (at least one report). */
  rereadSliceMs?: number;
}

function osUser(): string {
  try {
    return userInfo().username || '未知用户';
  } catch {
    return '未知用户';
  }
}

/** Each domain's handlers, merged: the type makes sure every service channel has exactly one. */
export const serviceHandlers: ServiceHandlers = {
  ...settingsHandlers,
  ...reportsHandlers,
  ...policyHandlers,
  ...complianceHandlers,
  ...searchHandlers,
  ...departmentsHandlers,
  ...decisionsHandlers,
  ...journalHandlers,
  ...recordsHandlers,
  ...mergePreviewHandlers,
  ...overviewHandlers,
};

export function openWorkspace(file: string, options: WorkspaceOptions = {}): WorkspaceApi & { db: Db } {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const ctx: ServiceContext = {
    file,
    db: openDatabase(file),
    segmenter: options.segmenter ?? createSegmenter(),
    clock: { today: options.today ?? localToday, now: nowStamp },
    cache: {},
    ...(options.parser ? { parser: options.parser } : {}),
    user: options.user ?? osUser(),
    ...(options.rereadInSlices ? { reread: slicedRereading(options.rereadSliceMs) } : {}),
  };
  if (policyRepo.policyNeedsRereading(ctx.db)) ctx.db.transaction(() => refreshAll(ctx, true))();
  // a policy stored before middle headings were kept, or with labels that name none (「一、1.」 twice), is read again
  else ctx.db.transaction(() => rereadStoredPolicies(ctx))();
  // Reports a crash or an older version left unread are read before anything is shown; where the workspace reads in
  // slices, they are marked to be read there, and the workspace opens at once.
  if (ctx.reread) markUnreadReports(ctx);
  else finishPendingReports(ctx);
  // Reports a correction marked to be read again, and not yet read when the workspace was last closed, are read now
  // (in slices, from where they got to, where the workspace reads them so).
  if (!ctx.reread) finishRereading(ctx);
  /** After a change, reports it marked to be read again are read in slices (nothing runs where none is marked). */
  const then = <T>(value: T): T => {
    void startRereading(ctx).catch(() => undefined);
    return value;
  };
  then(null);

  const call: WorkspaceApi['call'] = (channel, input) => then((serviceHandlers[channel] as (c: ServiceContext, i: unknown) => never)(ctx, input));

  return {
    db: ctx.db,
    call,
    info: () => info(ctx),
    importFiles: async (paths, role, onProgress, signal) => {
      const startedAt = ctx.clock.now();
      try {
        const result = await importFiles(ctx, paths, role, onProgress, signal);
        recordImportBatch(ctx, role, startedAt, result);
        return result;
      } finally {
        // A policy imported marks the reports stored before it to be read again, also in a batch that failed later.
        then(null);
      }
    },
    listDocuments: () => listDocuments(ctx),
    getDocument: (id) => getDocument(ctx, id),
    removeDocument: (id) => then(removeDocument(ctx, id)),
    getPolicy: () => getPolicy(ctx),
    compliance: (asOf, filter) => compliance(ctx, asOf, filter),
    compare: (measure, department, asOf) => compare(ctx, measure, department, asOf),
    search: (query, filter, limit) => search(ctx, query, filter, limit),
    departments: () => departments(ctx),
    mergeDepartments: (names, into) => then(mergeDepartments(ctx, names, into)),
    splitAlias: (alias) => then(splitAlias(ctx, alias)),
    setGeneric: (name, generic) => then(setGeneric(ctx, name, generic)),
    getSettings: () => getSettings(ctx),
    setSettings: (patch) => setSettings(ctx, patch),
    exportReport: (outPath, asOf, options, policy) => exportReport(ctx, outPath, asOf, options, policy),
    exportNotices: (outPath, asOf, options) => exportNotices(ctx, outPath, asOf, options),
    pageImage: (id, page) => pageImage(ctx, id, page),
    originalPdf: (id) => originalPdf(ctx, id),
    exportWorkbook: (outPath, asOf, policy) => exportWorkbook(ctx, outPath, asOf, policy),
    setDocumentRole: async (id, role) => {
      await setDocumentRoleElsewhere(ctx, id, role);
      then(null);
    },
    undo: async (id) => then(await undoElsewhere(ctx, id)),
    previewMerge: (names, into, asOf) => previewMergeElsewhere(ctx, names, into, asOfOrDefault(ctx, asOf)),
    rereading: () => ctx.reread?.running ?? Promise.resolve(),
    close: () => {
      if (ctx.reread) ctx.reread.closed = true;
      ctx.db.close();
    },
  };
}
