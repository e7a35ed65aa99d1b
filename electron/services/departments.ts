// The departments domain: every body named, with its spellings, and the user's merges, splits and generic marks.
import type { DepartmentRow } from '../../shared/views';
import * as departmentsRepo from '../db/departments';
import { WorkspaceError, type ServiceContext } from './context';
import { recordChange } from './journal';
import { departmentRows } from './department-rows';
import { ledger, loadAll, refreshAll, reportDirectory, workspaceName } from './policy';
import type { PoliciesRead } from './policy-elsewhere';
import type { DomainHandlers } from './workspace-api';

/** One row per department across every policy: its duties on all of them, and the reports it sent. */
export function departments(ctx: ServiceContext): DepartmentRow[] {
  const readings = loadAll(ctx).map((l) => {
    const read = ledger(ctx, l.policyId)?.policy ?? l.policy;
    return { policy: l.policy, submissions: l.submissions, directory: reportDirectory(ctx, read), name: workspaceName(ctx, l.policyId) ?? undefined, readAs: read.departments };
  });
  return departmentRows(readings, departmentsRepo.listDepartmentRecords(ctx.db));
}

/**
 * A change of the directory re-reads the policy and every report, with its journal entry, in one transaction (or
 * marks them to be read in slices; the policies are read at once when `policiesNow`).
 */
function changeDirectory(
  ctx: ServiceContext,
  summary: string,
  department: string,
  slots: string[],
  change: () => void,
  policiesNow = false,
  elsewhere?: PoliciesRead,
): void {
  recordChange(ctx, { kind: 'departments', summary, department }, slots, () => {
    change();
    refreshAll(ctx, policiesNow, elsewhere);
  });
}

/**
 * Merges department names into one; `policiesNow` reads the policies again at once, even where slices would (those
 * read `elsewhere` with the merged directory taken as read there).
 */
/** The names a merge into `target` folds away, trimmed; the target itself is left out. */
export const mergedAway = (names: string[], target: string): string[] => names.map((n) => n.trim()).filter((n) => n !== target);

/** Writes the merge of `from` into `target` in the department directory: no journal, nothing read again. */
export function writeMerge(ctx: ServiceContext, from: string[], target: string): void {
  for (const n of from) departmentsRepo.mergeDepartment(ctx.db, n, target);
}

export function mergeDepartments(ctx: ServiceContext, names: string[], into: string, policiesNow = false, elsewhere?: PoliciesRead): void {
  const target = into.trim();
  if (!target) throw new WorkspaceError('bad-input', '合并目标名称不能为空。');
  if (names.some((n) => !n.trim())) throw new WorkspaceError('bad-input', '部门名称不能为空。');
  const from = mergedAway(names, target);
  changeDirectory(ctx, `合并部门：${from.join('、')} → ${target}`, target, [...from.map((n) => `alias:${n}`), `alias:${target}`], () => writeMerge(ctx, from, target), policiesNow, elsewhere);
}

export function splitAlias(ctx: ServiceContext, alias: string): void {
  const name = alias.trim();
  if (!name) throw new WorkspaceError('bad-input', '部门名称不能为空。');
  changeDirectory(ctx, `拆分部门名称：${name}单独成为一个部门`, name, [`alias:${name}`], () => departmentsRepo.splitAliasRow(ctx.db, name));
}

export function setGeneric(ctx: ServiceContext, name: string, generic: boolean): void {
  const trimmed = name.trim();
  if (!trimmed) throw new WorkspaceError('bad-input', '部门名称不能为空。');
  changeDirectory(ctx, `${generic ? '标记为泛指' : '取消泛指标记'}：${trimmed}`, trimmed, [`generic:${trimmed}`], () =>
    departmentsRepo.setGenericFlag(ctx.db, trimmed, generic),
  );
}

export const departmentsHandlers = {
  'departments/list': (ctx) => departments(ctx),
  'departments/merge': (ctx, { names, into }) => {
    mergeDepartments(ctx, names, into);
    return departments(ctx);
  },
  'departments/split': (ctx, { alias }) => {
    splitAlias(ctx, alias);
    return departments(ctx);
  },
  'departments/set-generic': (ctx, { name, generic }) => {
    setGeneric(ctx, name, generic);
    return departments(ctx);
  },
} satisfies DomainHandlers<'departments/list' | 'departments/merge' | 'departments/split' | 'departments/set-generic'>;
