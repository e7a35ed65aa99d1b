// The departments domain: every body named, with its spellings, and the user's merges, splits and generic marks.
import type { DepartmentRow } from '../../shared/views';
import * as departmentsRepo from '../db/departments';
import { invalidate, WorkspaceError, type ServiceContext } from './context';
import { departmentRows } from './department-rows';
import { directory, load, refreshAll, reportDirectory } from './policy';
import type { DomainHandlers } from './workspace-api';

export function departments(ctx: ServiceContext): DepartmentRow[] {
  const loaded = load(ctx);
  return departmentRows(
    loaded?.policy ?? null,
    loaded?.submissions ?? [],
    departmentsRepo.listDepartmentRecords(ctx.db),
    loaded ? reportDirectory(ctx, loaded.policy) : directory(ctx),
  );
}

/** A change of the directory re-reads the policy and every report in the same transaction. */
function changeDirectory(ctx: ServiceContext, change: () => void): void {
  ctx.db.transaction(() => {
    change();
    refreshAll(ctx);
  })();
  invalidate(ctx);
}

export function mergeDepartments(ctx: ServiceContext, names: string[], into: string): void {
  const target = into.trim();
  if (!target) throw new WorkspaceError('bad-input', '合并目标名称不能为空。');
  changeDirectory(ctx, () => {
    for (const n of names) departmentsRepo.mergeDepartment(ctx.db, n.trim(), target);
  });
}

export function splitAlias(ctx: ServiceContext, alias: string): void {
  changeDirectory(ctx, () => departmentsRepo.splitAliasRow(ctx.db, alias.trim()));
}

export function setGeneric(ctx: ServiceContext, name: string, generic: boolean): void {
  changeDirectory(ctx, () => departmentsRepo.setGenericFlag(ctx.db, name.trim(), generic));
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
