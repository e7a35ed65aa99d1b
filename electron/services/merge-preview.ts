// A merge of department names, tried inside a transaction that is always rolled back: the preview shows the
// obligations, reports and statuses the merge would change, and the workspace stays exactly as it was.
import type { MergePreview } from '../../shared/merge-preview';
import type { IsoDate } from '../../shared/types';
import type { DepartmentRow } from '../../shared/views';
import { invalidate, type ServiceContext } from './context';
import { compliance } from './compliance';
import { departments, mergeDepartments } from './departments';
import { load } from './policy';
import { asOfOrDefault } from './settings';
import type { DomainHandlers } from './workspace-api';

class RollBack extends Error {}

function rowsNamed(rows: DepartmentRow[], names: string[]): DepartmentRow[] {
  return rows.filter((r) => names.some((n) => n === r.canonical || r.aliases.includes(n)));
}

export function previewMerge(ctx: ServiceContext, names: string[], into: string, asOf: IsoDate): MergePreview {
  const target = into.trim();
  const wanted = [...new Set([...names.map((n) => n.trim()), target])].filter(Boolean);
  const rowsBefore = rowsNamed(departments(ctx), wanted);
  const mergedNames = rowsBefore.map((r) => r.canonical);
  const before = compliance(ctx, asOf).obligations.filter((o) => mergedNames.includes(o.department));
  const titles = new Map((load(ctx)?.policy.measures ?? []).map((m) => [m.number, m.title]));

  let afterRows: DepartmentRow[] = [];
  let afterObligations: typeof before = [];
  try {
    ctx.db.transaction(() => {
      mergeDepartments(ctx, names, target);
      afterRows = departments(ctx);
      afterObligations = compliance(ctx, asOf).obligations.filter((o) => o.department === target);
      throw new RollBack();
    })();
  } catch (err) {
    if (!(err instanceof RollBack)) throw err;
  } finally {
    invalidate(ctx);
  }

  const afterRow = afterRows.find((r) => r.canonical === target);
  const measures = [...new Set([...before, ...afterObligations].map((o) => o.measure))].sort((a, b) => a - b);
  return {
    into: target,
    asOf,
    merged: rowsBefore.map((r) => ({ name: r.canonical, obligations: r.obligations, submissions: r.submissions })),
    after: { obligations: afterRow?.obligations ?? 0, submissions: afterRow?.submissions ?? 0, aliases: afterRow?.aliases ?? [] },
    measures: measures.map((measure) => ({
      measure,
      title: titles.get(measure) ?? '',
      before: before.filter((o) => o.measure === measure).map((o) => ({ department: o.department, status: o.status })),
      after: afterObligations.find((o) => o.measure === measure)?.status ?? null,
    })),
  };
}

export const mergePreviewHandlers = {
  'departments/merge-preview': (ctx, { names, into, asOf }) => previewMerge(ctx, names, into, asOfOrDefault(ctx, asOf)),
} satisfies DomainHandlers<'departments/merge-preview'>;
