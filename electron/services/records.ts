// The record domain: what the office did with the workspace. Every import batch is kept with each file's outcome;
// every reminder notice sent is kept with its department, date and measures (each with its policy), so the next round can say
// "此项已于某日催办" and the desk can see who was chased when.
import { basename } from 'node:path';
import type { NoticeItem, NoticePreview } from '../../shared/records';
import type { ComplianceResult, IsoDate, Obligation } from '../../shared/types';
import type { DocumentRole, ImportBatchResult, NoticeOptions } from '../../shared/views';
import { outstandingFor } from '../../shared/export/outstanding';
import { noticePreviews, noticeRecipients } from '../export';
import * as records from '../db/records';
import type { ServiceContext } from './context';
import type { NoticePart } from '../../shared/export/notice-content';
import { compliance } from './compliance';
import { loadAll, policyIds, requireLoaded } from './policy';
import { asOfOrDefault } from './settings';
import type { DomainHandlers } from './workspace-api';

export function recordImportBatch(ctx: ServiceContext, role: DocumentRole | 'auto', startedAt: string, result: ImportBatchResult): void {
  if (result.results.length === 0) return;
  records.insertImportBatch(ctx.db, {
    startedAt,
    finishedAt: ctx.clock.now(),
    role,
    total: result.results.length,
    imported: result.imported,
    failed: result.failed,
    files: result.results,
  });
}

/** Looks up, for a department and one policy's measure, the days it was chased before. */
export function chasedLookup(ctx: ServiceContext, policyId: number, fold: (name: string) => string = (n) => n): (department: string, measure: number) => IsoDate[] {
  // A notice recorded under the name the policy wrote (区财政局) is the same body's as under the name with its place.
  const chased = new Map<string, Map<number, IsoDate[]>>();
  for (const [department, measures] of records.chasedDates(ctx.db, policyId)) {
    const name = fold(department);
    const into = chased.get(name) ?? new Map<number, IsoDate[]>();
    chased.set(name, into);
    for (const [measure, dates] of measures) into.set(measure, [...new Set([...(into.get(measure) ?? []), ...dates])].sort());
  }
  return (department, measure) => chased.get(department)?.get(measure) ?? [];
}

/** The policies a notice covers: the one named, else every policy of the workspace, each with what was chased before. */
export function noticeParts(ctx: ServiceContext, asOf: IsoDate, policy?: number): NoticePart[] {
  const chosen = policy === undefined ? loadAll(ctx) : [requireLoaded(ctx, policy)];
  if (chosen.length === 0) requireLoaded(ctx);
  return chosen.map((l) => ({ policy: l.policy, result: compliance(ctx, asOf, undefined, l.policyId), chasedOn: chasedLookup(ctx, l.policyId, l.fold) }));
}

function noticeItem(o: Obligation): NoticeItem {
  const unreported = o.status === 'missing' || (o.periods ?? []).some((p) => p.status === 'missing');
  return { ...(o.policy !== undefined ? { policy: o.policy } : {}), measure: o.measure, status: unreported ? 'missing' : 'late', due: o.due };
}

/** Records the notices just written: one row per department, with the measures each one chased. */
export function recordNoticesSent(
  ctx: ServiceContext,
  results: ComplianceResult[],
  options: NoticeOptions,
  files: { department: string; file: string | null }[],
): void {
  const sentAt = ctx.clock.now();
  const sentOn = ctx.clock.today();
  const asOf = results[0]?.asOf ?? sentOn;
  ctx.db.transaction(() => {
    for (const { department, file } of files) {
      records.insertNotice(ctx.db, {
        sentAt,
        sentOn,
        asOf,
        replyBy: options.replyBy,
        department,
        file: file ? basename(file) : null,
        items: results.flatMap((r) => outstandingFor(r, department)).map(noticeItem),
      });
    }
  })();
}

/** What each department's notice would say as of a date (over every policy, or the one named), with what it was chased for before. */
export function noticePreview(ctx: ServiceContext, asOf: IsoDate, options: NoticeOptions): NoticePreview[] {
  if (policyIds(ctx).length === 0) return [];
  const parts = noticeParts(ctx, asOf, options.policy);
  const wanted = new Set(noticeRecipients({ parts, departments: options.departments, department: options.department }));
  const items = (department: string) =>
    parts.flatMap(({ policy, result, chasedOn }) =>
      outstandingFor(result, department).map((o) => ({
        ...noticeItem(o),
        title: policy.measures.find((m) => m.number === o.measure)?.title ?? '',
        chasedOn: chasedOn?.(department, o.measure) ?? [],
      })),
    );
  return noticePreviews({ parts, replyBy: options.replyBy, office: options.office })
    .filter((p) => wanted.has(p.department))
    .map(({ department, lines }) => ({ department, items: items(department), text: lines }));
}

export const recordsHandlers = {
  'documents/import-history': (ctx, input) => records.listImportBatches(ctx.db, input?.limit ?? 50),
  'export/notice-records': (ctx) => records.listNotices(ctx.db),
  'export/notice-preview': (ctx, { asOf, options }) => noticePreview(ctx, asOfOrDefault(ctx, asOf), options),
} satisfies DomainHandlers<'documents/import-history' | 'export/notice-records' | 'export/notice-preview'>;
