// The journal domain: every change is written with its journal entry in one transaction; the 历史 view
// lists them; undo reverts an entry that nothing later depends on, as a journal entry of its own.
//
// A change names the slots it touches (measure:3, report:<hash>, decision:7, setting:as-of, alias:<name>, …).
// The entry keeps each slot's value before and after. An entry can be undone when no later live entry
// (not undone, not itself an undo) touches one of its slots and every slot still holds the value it left.
import type { JournalEntry, JournalFilter, JournalKind } from '../../shared/views';
import * as journalRepo from '../db/journal';
import type { Slots } from '../db/journal';
import * as corrections from '../db/corrections';
import * as decisionsRepo from '../db/decisions';
import * as documents from '../db/documents';
import * as departmentsRepo from '../db/departments';
import { getSetting, setSetting } from '../db/settings';
import { policyDocumentId } from '../db/policy';
import { stmt } from '../db/statements';
import { invalidate, staleAfter, WorkspaceError, type ServiceContext } from './context';
import type { PoliciesRead } from './policy-elsewhere';
import type { DomainHandlers } from './workspace-api';

// ---------------------------------------------------------------- slots

function aliasTarget(ctx: ServiceContext, alias: string): string | null {
  const r = stmt(ctx.db, 'SELECT d.canonical FROM department_aliases a JOIN departments d ON d.id = a.department_id WHERE a.alias = ?').get(alias) as
    | { canonical: string }
    | undefined;
  return r?.canonical ?? null;
}

function isGeneric(ctx: ServiceContext, name: string): boolean {
  const r = stmt(ctx.db, 'SELECT generic FROM departments WHERE canonical = ?').get(name) as { generic: number } | undefined;
  return !!r?.generic;
}

function documentSlot(ctx: ServiceContext, id: number): unknown {
  // Only what identifies the file: the journal lists every import, so this stays a light read.
  const row = stmt(ctx.db, 'SELECT hash, file_name AS fileName, role FROM documents WHERE id = ?').get(id) as { hash: string; fileName: string; role: string } | undefined;
  return row ? { hash: row.hash, fileName: row.fileName, role: row.role } : null;
}

/** The first policy: the one entries written before the portfolio are about. */
function firstPolicy(ctx: ServiceContext): number {
  return policyDocumentId(ctx.db) ?? 0;
}

/** A measure slot's policy and number: measure:<policy>:<number>, or measure:<number> from before the portfolio. */
function measureKey(ctx: ServiceContext, key: string): [number, number] {
  const parts = key.split(':').map(Number);
  return parts.length === 2 ? [parts[0], parts[1]] : [firstPolicy(ctx), parts[0]];
}

/** The policy of a policy-meta slot (policy-meta alone is from before the portfolio). */
const metaPolicy = (ctx: ServiceContext, key: string) => (key ? Number(key) : firstPolicy(ctx));

/** The settings row a setting slot names; the reporting deadline written before the portfolio is the first policy's. */
const settingKey = (ctx: ServiceContext, key: string) => (key === 'report-deadline' ? `report-deadline:${firstPolicy(ctx)}` : key);

/** The current value of a slot. */
export function readSlot(ctx: ServiceContext, slot: string): unknown {
  const [kind, ...rest] = slot.split(':');
  const key = rest.join(':');
  switch (kind) {
    case 'measure':
      return corrections.getMeasureCorrection(ctx.db, ...measureKey(ctx, key));
    case 'policy-meta':
      return corrections.getPolicyMeta(ctx.db, metaPolicy(ctx, key));
    case 'report':
      return corrections.getReportCorrection(ctx.db, key);
    case 'decision':
      return decisionsRepo.getDecision(ctx.db, Number(key));
    case 'setting':
      return getSetting(ctx.db, settingKey(ctx, key));
    case 'alias':
      return aliasTarget(ctx, key);
    case 'generic':
      return isGeneric(ctx, key);
    case 'document':
      return documentSlot(ctx, Number(key));
    case 'role':
      return (documentSlot(ctx, Number(key)) as { role: string } | null)?.role ?? null;
    default:
      throw new Error(`unknown slot ${slot}`);
  }
}

/**
 * Writers for slots whose value an undo puts back; the role writer is registered by the reports domain. `read` holds
 * documents read as policies elsewhere (the import pool) for the undo, where it was done so.
 */
export const slotWriters: Record<string, (ctx: ServiceContext, key: string, value: any, read?: PoliciesRead) => void> = {
  measure: (ctx, key, value) => corrections.putMeasureCorrection(ctx.db, ...measureKey(ctx, key), value),
  'policy-meta': (ctx, key, value) => corrections.putPolicyMeta(ctx.db, metaPolicy(ctx, key), value),
  report: (ctx, key, value) => corrections.putReportCorrection(ctx.db, key, value),
  decision: (ctx, key, value) => (value ? decisionsRepo.putDecision(ctx.db, value) : decisionsRepo.deleteDecision(ctx.db, Number(key))),
  setting: (ctx, key, value) => setSetting(ctx.db, settingKey(ctx, key), value),
  alias: (ctx, key, value) => {
    if (value) departmentsRepo.setAlias(ctx.db, key, value, 'user');
    else stmt(ctx.db, 'DELETE FROM department_aliases WHERE alias = ?').run(key);
  },
  generic: (ctx, key, value) => departmentsRepo.setGenericFlag(ctx.db, key, !!value),
  document: (ctx, key, value) => {
    if (value) throw new WorkspaceError('bad-input', '已移除的文件无法通过撤销恢复，请重新导入该文件。');
    documents.deleteDocument(ctx.db, Number(key));
  },
};

/** Slot kinds whose change means the policy and the reports must be read again. */
// report: the office's choice of the policies a report answers places it anew
export const REREAD_SLOTS = new Set(['measure', 'policy-meta', 'alias', 'generic', 'role', 'document', 'report']);

function writeSlot(ctx: ServiceContext, slot: string, value: unknown, read?: PoliciesRead): void {
  const [kind, ...rest] = slot.split(':');
  const writer = slotWriters[kind];
  if (!writer) throw new WorkspaceError('bad-input', '这项操作不能撤销。');
  writer(ctx, rest.join(':'), value, read);
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

// ---------------------------------------------------------------- recording

export interface ChangeMeta {
  kind: JournalKind;
  summary: string;
  measure?: number | null;
  department?: string | null;
  /** The policy the change is about (document id). */
  policy?: number | null;
}

/**
 * Runs `apply` and appends its journal entry in one transaction. `slots` are read before and after;
 * `apply` may return more slots it touched (e.g. the id of a new decision). Returns the entry's id.
 */
export function recordChange(ctx: ServiceContext, meta: ChangeMeta, slots: string[], apply: () => string[] | void): number {
  let id = 0;
  let touched: string[] = [];
  ctx.db.transaction(() => {
    const before: Slots = {};
    for (const s of slots) before[s] = readSlot(ctx, s);
    const added = apply() ?? [];
    for (const s of added) if (!(s in before)) before[s] = null;
    const after: Slots = {};
    for (const s of [...slots, ...added]) after[s] = readSlot(ctx, s);
    id = journalRepo.appendEntry(ctx.db, { ...meta, at: ctx.clock.now(), who: ctx.user, before, after });
    touched = Object.keys(after);
  })();
  invalidate(ctx, staleAfter(touched));
  return id;
}

/** Appends an entry for a change already made inside the caller's transaction. */
export function appendJournal(ctx: ServiceContext, meta: ChangeMeta, before: Slots, after: Slots): number {
  return journalRepo.appendEntry(ctx.db, { ...meta, at: ctx.clock.now(), who: ctx.user, before, after });
}

// ---------------------------------------------------------------- listing and undo

/** The entries (or only the one with id `only`) with whether each can be undone, and why not. */
/**
 * The first live entry after `e` that wrote one of its slots, from the live entries that wrote each slot (in the
 * journal's order); undefined when none did.
 */
function firstLaterWriter(e: journalRepo.StoredEntry, slots: string[], writers: Map<string, journalRepo.StoredEntry[]>): journalRepo.StoredEntry | undefined {
  let first: journalRepo.StoredEntry | undefined;
  for (const s of slots) {
    const list = writers.get(s) ?? [];
    // the first of the slot's writers past e, by halving
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].id > e.id) hi = mid;
      else lo = mid + 1;
    }
    if (lo < list.length && (!first || list[lo].id < first.id)) first = list[lo];
  }
  return first;
}

/** The entries `keep` takes, each with whether it can be undone now and, if not, why. */
function withState(entries: journalRepo.StoredEntry[], ctx: ServiceContext, keep: (e: journalRepo.StoredEntry) => boolean = () => true): JournalEntry[] {
  const undoneBy = new Map<number, number>();
  for (const e of entries) if (e.undoes !== null) undoneBy.set(e.undoes, e.id);
  // The live entries that wrote each slot, in order: what a later change depends on is found without going through
  // the whole journal for every entry (an entry a report imported).
  const writers = new Map<string, journalRepo.StoredEntry[]>();
  for (const e of entries) {
    if (e.kind === 'undo' || undoneBy.has(e.id)) continue;
    for (const s of Object.keys(e.after)) {
      const list = writers.get(s);
      if (list) list.push(e);
      else writers.set(s, [e]);
    }
  }
  return entries.filter(keep).map((e) => {
    const done = undoneBy.get(e.id) ?? null;
    let blockedBy: string | null = null;
    if (e.kind === 'undo') blockedBy = '撤销操作本身不能再撤销';
    else if (done !== null) blockedBy = '已撤销';
    else {
      const slots = Object.keys(e.after);
      const later = firstLaterWriter(e, slots, writers);
      if (later) blockedBy = `之后的操作（#${later.id} ${later.summary}）依赖这项修改，请先撤销它`;
      else if (slots.some((s) => s.startsWith('document:') && e.before[s] != null)) blockedBy = '已移除的文件无法通过撤销恢复，请重新导入';
      else if (slots.length === 0) blockedBy = '这项操作没有可撤销的内容';
      else if (!slots.every((s) => same(readSlot(ctx, s), e.after[s]))) blockedBy = '工作区已在别处改变，无法撤销';
    }
    return { ...e, undoneBy: done, undoable: blockedBy === null, blockedBy };
  });
}

export function listJournal(ctx: ServiceContext, filter: JournalFilter = {}): JournalEntry[] {
  return withState(journalRepo.allEntries(ctx.db), ctx, (e) => journalRepo.matches(e, filter)).reverse();
}

/** Hook the policy domain fills in: read the policy and the reports again after an undo that needs it. */
export const afterUndo: { reread?: (ctx: ServiceContext) => void } = {};

/** The entry an undo of `id` (the last live one when none is named) would undo, refused with the reason where it cannot. */
export function undoTarget(ctx: ServiceContext, id?: number): JournalEntry {
  // Only the entry undone is weighed: an undo does not go through the whole journal (an entry a report imported).
  const stored = journalRepo.allEntries(ctx.db);
  const undone = new Set(stored.map((e) => e.undoes));
  const targetId = id ?? [...stored].reverse().find((e) => e.kind !== 'undo' && !undone.has(e.id))?.id;
  const target = targetId === undefined ? undefined : withState(stored, ctx, (e) => e.id === targetId)[0];
  if (!target) throw new WorkspaceError('not-found', id === undefined ? '没有可以撤销的操作。' : `找不到编号为 ${id} 的操作记录。`);
  if (!target.undoable) throw new WorkspaceError('bad-input', `无法撤销“${target.summary}”：${target.blockedBy}。`);
  return target;
}

/** Undoes the entry `id` (the last live one when none is named); `read` as for `slotWriters`. */
export function undo(ctx: ServiceContext, id?: number, read?: PoliciesRead): JournalEntry {
  return undoEntry(ctx, undoTarget(ctx, id), read);
}

/** Undoes `target`, as `undoTarget` weighed it just now (nothing written since); `read` as for `slotWriters`. */
export function undoEntry(ctx: ServiceContext, target: JournalEntry, read?: PoliciesRead): JournalEntry {
  let undoId = 0;
  ctx.db.transaction(() => {
    const slots = Object.keys(target.after);
    for (const s of slots) writeSlot(ctx, s, target.before[s] ?? null, read);
    if (slots.some((s) => REREAD_SLOTS.has(s.split(':')[0]))) afterUndo.reread?.(ctx);
    undoId = journalRepo.appendEntry(ctx.db, {
      kind: 'undo',
      summary: `撤销：${target.summary}`,
      measure: target.measure,
      department: target.department,
      policy: target.policy,
      at: ctx.clock.now(),
      who: ctx.user,
      before: target.after,
      after: target.before,
      undoes: target.id,
    });
  })();
  invalidate(ctx, staleAfter(Object.keys(target.after)));
  return withState(journalRepo.allEntries(ctx.db), ctx, (e) => e.id === undoId)[0];
}

export const journalHandlers = {
  'journal/list': (ctx, input) => listJournal(ctx, input?.filter),
  'journal/undo': (ctx, input) => undo(ctx, input?.id),
} satisfies DomainHandlers<'journal/list' | 'journal/undo'>;
