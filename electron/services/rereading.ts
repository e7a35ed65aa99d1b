// Reading every report again after the office corrects the ledger (a measure edited, a department merged, a policy
// replaced or removed). Where the workspace serves a window (the app, browser mode), the change only marks the reports
// stale in its own transaction, and they are read again in slices afterwards: each slice in a transaction of its own,
// the thread free to answer between slices, with progress the interface can show. The mark is where the slices have
// got to, kept in the workspace: a report is either read as before the change or as after it, never half, and a
// re-reading cut short (the app closed, a crash) goes on from there when the workspace opens. A change that leaves some
// policies as they were (one added or removed) says so, also in the workspace: the readings against those are kept,
// in slices as at once. A change of the department directory (a merge, a split, a generic mark, or their undo) marks
// the policies too: the first slices read them again from their paragraphs, one a slice, then the reports follow.
// Elsewhere (the command line, tests) the reports are read again at once, in the change's transaction.
import * as documents from '../db/documents';
import * as departmentsRepo from '../db/departments';
import { getIdList, getSetting, setIdList, setSetting } from '../db/settings';
import { invalidate, type ServiceContext } from './context';
import { directory, policyIds, rereadPolicy } from './policy';
import { readPoliciesElsewhere, type PoliciesRead } from './policy-elsewhere';
import { learnTerms, portfolioMeasureTexts, portfolioReading, rereadReports, rereadSubmission, type KnownTerms, type PortfolioReading } from './reading';

/** The setting that holds the first report id still to read again (absent: none). */
const PENDING = 'reread-from';

/** The setting that holds the policies whose readings the marked reports keep (absent: none kept). */
const KEEP = 'reread-keep';

/** The setting that holds the policies to read again from their paragraphs, before the reports (absent: none). */
const POLICIES = 'reread-policies';

/** How long one slice may hold the thread before it commits and lets others in. */
const SLICE_MS = 40;

/** Where a workspace's re-reading in slices stands. */
export interface RereadState {
  /** Bumped by each change that makes the reports stale: a slice read with an older ledger is read again. */
  generation: number;
  /** Reports read again / to read, while slices run. */
  progress: { done: number; total: number } | null;
  /** The slices running now, if any. */
  running: Promise<void> | null;
  /** Set when the workspace closes: no slice starts after it. */
  closed: boolean;
  /** How long one slice may hold the thread (at least one report a slice). */
  sliceMs: number;
  /** How many re-readings have run to the end since the workspace opened: a view read before the last is stale. */
  finished: number;
  /** Terms of measure texts segmented elsewhere (an import's pool), so the slices need not segment them here. */
  known: Map<string, string[]>;
}

/** The state of a workspace that reads reports again in slices. */
export const slicedRereading = (sliceMs = SLICE_MS): RereadState => ({ generation: 0, progress: null, running: null, closed: false, sliceMs, finished: 0, known: new Map() });

const pendingFrom = (ctx: ServiceContext): number | null => {
  const v = getSetting(ctx.db, PENDING);
  return v === null ? null : Number(v);
};

/** The policies whose readings the marked reports keep. */
const keptPolicies = (ctx: ServiceContext): Set<number> => new Set(getIdList(ctx.db, KEEP));

/**
 * Every report is read again against the policies as they now stand: at once (readings against the `unchanged`
 * policies kept, terms of measure texts taken from `known`), or, where the workspace reads them in slices, marked to
 * be. Run inside the change's transaction.
 */
export function rereadAllReports(ctx: ServiceContext, unchanged?: Set<number>, known?: KnownTerms): void {
  if (!ctx.reread) {
    rereadReports(ctx, undefined, unchanged, known);
    return;
  }
  // Marked already by an earlier change: a reading is kept only where neither change touched its policy.
  const before = rereadPending(ctx) ? keptPolicies(ctx) : null;
  const keep = [...(unchanged ?? [])].filter((id) => !before || before.has(id));
  setSetting(ctx.db, PENDING, '0');
  setIdList(ctx.db, KEEP, keep);
  for (const [text, terms] of known ?? []) ctx.reread.known.set(text, terms);
  ctx.reread.generation += 1;
  ctx.reread.progress = { done: 0, total: documents.countDocuments(ctx.db).submissions };
}

/** The policies marked to be read again from their paragraphs. */
const markedPolicies = (ctx: ServiceContext): number[] => getIdList(ctx.db, POLICIES);

const markPolicies = (ctx: ServiceContext, ids: number[]) => setIdList(ctx.db, POLICIES, ids);

/**
 * Every policy is marked to be read again with the department directory as it now stands, and every report after
 * them; the slices read the policies first, one a slice. Only where the workspace reads in slices; run inside the
 * change's transaction.
 */
export function rereadAllPolicies(ctx: ServiceContext): void {
  markPolicies(ctx, [...new Set([...markedPolicies(ctx), ...policyIds(ctx)])]);
  rereadAllReports(ctx);
}

/**
 * Reads the first marked policy again (passed over if no longer a policy), in the caller's transaction, unless it was
 * read `elsewhere` (the import pool) with the directory now in force; after the last, the departments no policy names
 * any more are dropped, as reading them at once does.
 */
function rereadMarkedPolicy(ctx: ServiceContext, elsewhere?: PoliciesRead): void {
  const [first, ...rest] = markedPolicies(ctx);
  if (first === undefined) return;
  if (documents.getDocumentRow(ctx.db, first)?.role === 'policy') rereadPolicy(ctx, first, elsewhere);
  markPolicies(ctx, rest);
  if (rest.length === 0) departmentsRepo.pruneUnusedDepartments(ctx.db);
}

/** The mark taken away: no report waits to be read again. */
function unmark(ctx: ServiceContext): void {
  setSetting(ctx.db, PENDING, null);
  setSetting(ctx.db, KEEP, null);
}

/** Whether reports wait to be read again. */
export const rereadPending = (ctx: ServiceContext): boolean => pendingFrom(ctx) !== null;

/** Reads the marked reports now, in one transaction (where nothing reads them in slices: opening the workspace). */
export function finishRereading(ctx: ServiceContext): void {
  const from = pendingFrom(ctx);
  if (from === null) return;
  ctx.db.transaction(() => {
    while (markedPolicies(ctx).length > 0) rereadMarkedPolicy(ctx);
    invalidate(ctx);
    rereadReports(ctx, documents.listDocumentRows(ctx.db, 'submission').filter((r) => r.id >= from), keptPolicies(ctx));
    unmark(ctx);
  })();
  invalidate(ctx);
}

/**
 * Reports stored without a reading (left by an interrupted batch or an older version) are marked to be read in the
 * slices, from the first of them: the workspace opens at once and shows them unread until their slice comes. The
 * reports after the first that were read keep their readings (a mark already there keeps its own). Where the workspace
 * reads in slices, when it opens; returns how many wait. A close before the slices end leaves the mark for the next open.
 */
export function markUnreadReports(ctx: ServiceContext): number {
  const unread = documents.listUnreadSubmissionIds(ctx.db);
  if (unread.length === 0 || !ctx.reread) return unread.length;
  const first = unread[0];
  ctx.db.transaction(() => {
    const from = pendingFrom(ctx);
    if (from === null) setIdList(ctx.db, KEEP, policyIds(ctx));
    if (from === null || first < from) setSetting(ctx.db, PENDING, String(first));
  })();
  ctx.reread.progress = { done: 0, total: documents.submissionIdsFrom(ctx.db, pendingFrom(ctx) ?? first).length };
  return unread.length;
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Reads the marked reports again in slices until none is left, yielding the thread between slices; `onProgress`
 * hears after each slice. Stops between slices when `signal` aborts, the mark kept where it got to.
 */
export async function rereadInSlices(
  ctx: ServiceContext,
  options: { sliceMs?: number; onProgress?: (done: number, total: number) => void; signal?: AbortSignal } = {},
): Promise<void> {
  const state = ctx.reread;
  const sliceMs = options.sliceMs ?? state?.sliceMs ?? SLICE_MS;
  let generation = -1;
  let portfolio: PortfolioReading | null = null;
  let keep = new Set<number>();
  // The ids only: a row is read when its slice reads the report, so no turn reads every report's row.
  let rows: number[] = [];
  let at = 0;
  let done = 0;
  let total = 0;
  while (!options.signal?.aborted && !state?.closed) {
    const from = pendingFrom(ctx);
    if (from === null) {
      state?.known.clear();
      break;
    }
    // Policies marked to be read again come first, one a slice; the reports are then read against them.
    const [policy] = markedPolicies(ctx);
    if (policy !== undefined) {
      // Read as a policy in the parser's workers where there is one, the thread free meanwhile.
      const elsewhere = ctx.parser ? await readPoliciesElsewhere(ctx, [policy], directory(ctx)) : undefined;
      if (options.signal?.aborted || state?.closed) break;
      ctx.db.transaction(() => rereadMarkedPolicy(ctx, elsewhere))();
      invalidate(ctx);
      portfolio = null;
      await nextTurn();
      continue;
    }
    // A change since the last slice: the ledger is read again, and the reports from where the mark now is.
    if (!portfolio || (state && state.generation !== generation)) {
      generation = state?.generation ?? 0;
      portfolio = portfolioReading(ctx, state?.known);
      // The measures' terms come from the parser's segmenter, where there is one: this thread need not load jieba.
      if (state && ctx.parser && (await learnTerms(ctx.parser, portfolioMeasureTexts(portfolio), state.known))) {
        portfolio = null;
        continue;
      }
      keep = keptPolicies(ctx);
      rows = documents.submissionIdsFrom(ctx.db, from);
      at = 0;
      done = 0;
      total = rows.length;
      if (state) state.progress = { done, total };
    }
    if (at >= rows.length) {
      unmark(ctx);
      state?.known.clear();
      break;
    }
    const reading = portfolio;
    const started = performance.now();
    ctx.db.transaction(() => {
      do {
        // A report removed since the ids were listed is passed over.
        const row = documents.getDocumentRow(ctx.db, rows[at]);
        if (row?.role === 'submission') rereadSubmission(ctx, reading, row, keep);
        at += 1;
      } while (at < rows.length && performance.now() - started < sliceMs);
      if (at < rows.length) setSetting(ctx.db, PENDING, String(rows[at]));
      else unmark(ctx);
    })();
    done = at;
    invalidate(ctx);
    if (state) state.progress = { done, total };
    options.onProgress?.(done, total);
    await nextTurn();
  }
  if (!state) return;
  state.progress = null;
  // A workspace closed meanwhile is not asked (its mark waits for the next open).
  if (!state.closed && !rereadPending(ctx)) state.finished += 1;
}

/**
 * Starts reading the marked reports in slices, unless it runs already (a change meanwhile is picked up by the slices
 * running). Resolves when none is left.
 */
export function startRereading(ctx: ServiceContext): Promise<void> {
  const state = ctx.reread;
  if (!state || !rereadPending(ctx)) return Promise.resolve();
  // From the next turn: the change's own answer goes first.
  state.running ??= nextTurn().then(() => rereadInSlices(ctx)).finally(() => {
    state.running = null;
  });
  return state.running;
}
