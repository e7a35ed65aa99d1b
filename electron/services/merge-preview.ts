// A merge of department names, tried inside a transaction that is always rolled back: the preview shows the
// obligations, reports and statuses the merge would change, and the workspace stays exactly as it was.
import type { MergePreview } from '../../shared/merge-preview';
import type { DepartmentDirectory, IsoDate, Obligation } from '../../shared/types';
import type { DepartmentRow } from '../../shared/views';
import { invalidate, type ServiceContext } from './context';
import { compliance } from './compliance';
import { departments, mergedAway, mergeDepartments, writeMerge } from './departments';
import { directory, loadAll, policyIds } from './policy';
import { readPoliciesElsewhere, type PoliciesRead } from './policy-elsewhere';
import { asOfOrDefault } from './settings';
import type { DomainHandlers } from './workspace-api';

class RollBack extends Error {}

const measureKey = (policy: number | undefined, measure: number) => `${policy ?? ''}:${measure}`;

/** Every policy's obligations as of a date: a department is one across all of them. */
function everyObligation(ctx: ServiceContext, asOf: IsoDate): Obligation[] {
  return policyIds(ctx).flatMap((id) => compliance(ctx, asOf, undefined, id).obligations);
}

function rowsNamed(rows: DepartmentRow[], names: string[]): DepartmentRow[] {
  return rows.filter((r) => names.some((n) => n === r.canonical || r.aliases.includes(n)));
}

/**
 * The department directory a merge would leave, tried in a transaction rolled back; null where the merge would be
 * refused (the preview then says why).
 */
function directoryAfterMerge(ctx: ServiceContext, names: string[], into: string): DepartmentDirectory | null {
  let after: DepartmentDirectory | null = null;
  try {
    ctx.db.transaction(() => {
      const target = into.trim();
      writeMerge(ctx, mergedAway(names, target), target);
      after = directory(ctx);
      throw new RollBack();
    })();
  } catch (err) {
    if (!(err instanceof RollBack)) return null;
  }
  return after;
}

/**
 * The preview, with the policies read with the merge in the import pool's workers first (off this thread); the
 * preview itself then takes them as read there.
 */
export async function previewMergeElsewhere(ctx: ServiceContext, names: string[], into: string, asOf: IsoDate): Promise<MergePreview> {
  const after = ctx.parser ? directoryAfterMerge(ctx, names, into) : null;
  const elsewhere = after ? await readPoliciesElsewhere(ctx, policyIds(ctx), after) : undefined;
  return previewMerge(ctx, names, into, asOf, elsewhere);
}

export function previewMerge(ctx: ServiceContext, names: string[], into: string, asOf: IsoDate, elsewhere?: PoliciesRead): MergePreview {
  const target = into.trim();
  const wanted = [...new Set([...names.map((n) => n.trim()), target])].filter(Boolean);
  const rowsBefore = rowsNamed(departments(ctx), wanted);
  const mergedNames = rowsBefore.map((r) => r.canonical);
  const before = everyObligation(ctx, asOf).filter((o) => mergedNames.includes(o.department));
  const titles = new Map(loadAll(ctx).flatMap((l) => l.policy.measures.map((m) => [measureKey(l.policyId, m.number), m.title] as const)));

  let afterRows: DepartmentRow[] = [];
  let afterObligations: typeof before = [];
  // The policies are read with the merge at once (what they will say is what the preview shows); the mark for the
  // reports is rolled back with the rest, and so is where the re-reading in slices stands.
  const rereading = ctx.reread && { generation: ctx.reread.generation, progress: ctx.reread.progress };
  try {
    ctx.db.transaction(() => {
      mergeDepartments(ctx, names, target, true, elsewhere);
      afterRows = departments(ctx);
      afterObligations = everyObligation(ctx, asOf).filter((o) => o.department === target);
      throw new RollBack();
    })();
  } catch (err) {
    if (!(err instanceof RollBack)) throw err;
  } finally {
    if (ctx.reread && rereading) Object.assign(ctx.reread, rereading);
    invalidate(ctx);
  }

  const afterRow = afterRows.find((r) => r.canonical === target);
  const order = new Map(policyIds(ctx).map((id, i) => [id, i]));
  const measures = [...new Map([...before, ...afterObligations].map((o) => [measureKey(o.policy, o.measure), o] as const)).values()]
    .map((o) => ({ policy: o.policy, measure: o.measure }))
    .sort((a, b) => (order.get(a.policy ?? -1) ?? 0) - (order.get(b.policy ?? -1) ?? 0) || a.measure - b.measure);
  const same = (m: { policy?: number; measure: number }) => (o: Obligation) => o.measure === m.measure && o.policy === m.policy;
  return {
    into: target,
    asOf,
    merged: rowsBefore.map((r) => ({ name: r.canonical, obligations: r.obligations, submissions: r.submissions })),
    after: { obligations: afterRow?.obligations ?? 0, submissions: afterRow?.submissions ?? 0, aliases: afterRow?.aliases ?? [] },
    measures: measures.map((m) => ({
      ...(m.policy !== undefined ? { policy: m.policy } : {}),
      measure: m.measure,
      title: titles.get(measureKey(m.policy, m.measure)) ?? '',
      before: before.filter(same(m)).map((o) => ({ department: o.department, status: o.status })),
      after: afterObligations.find(same(m))?.status ?? null,
    })),
  };
}

export const mergePreviewHandlers = {
  'departments/merge-preview': (ctx, { names, into, asOf }) => previewMerge(ctx, names, into, asOfOrDefault(ctx, asOf)),
} satisfies DomainHandlers<'departments/merge-preview'>;
