// The workspace's own settings (reporting deadline, as-of date) and the summary the top bar shows.
import type { IsoDate } from '../../shared/types';
import type { WorkspaceInfo, WorkspaceSettings } from '../../shared/views';
import { defaultReportDeadline } from '../../shared/compliance';
import * as documents from '../db/documents';
import { getSetting, setSetting } from '../db/settings';
import type { ServiceContext } from './context';
import { recordChange } from './journal';
import { load } from './policy';
import type { DomainHandlers } from './workspace-api';

export function getSettings(ctx: ServiceContext): WorkspaceSettings {
  return { reportDeadline: getSetting(ctx.db, 'report-deadline'), asOf: getSetting(ctx.db, 'as-of') };
}

const SETTING_WORDS = { reportDeadline: ['report-deadline', '统一报送期限'], asOf: ['as-of', '统计截至日期'] } as const;

export function setSettings(ctx: ServiceContext, patch: Partial<WorkspaceSettings>): WorkspaceSettings {
  const now = getSettings(ctx);
  const changed = (Object.keys(SETTING_WORDS) as (keyof WorkspaceSettings)[]).filter((k) => k in patch && (patch[k] ?? null) !== now[k]);
  if (changed.length === 0) return now;
  const summary = changed.map((k) => `${SETTING_WORDS[k][1]} ${now[k] ?? '（默认）'} → ${patch[k] ?? '（默认）'}`).join('；');
  recordChange(ctx, { kind: 'setting', summary: `修改设置：${summary}` }, changed.map((k) => `setting:${SETTING_WORDS[k][0]}`), () => {
    for (const k of changed) setSetting(ctx.db, SETTING_WORDS[k][0], patch[k] ?? null);
  });
  return getSettings(ctx);
}

/** The date the views are computed as of when the caller names none: the setting, else today. */
export function asOfOrDefault(ctx: ServiceContext, asOf: IsoDate | undefined): IsoDate {
  return asOf ?? getSettings(ctx).asOf ?? ctx.clock.today();
}

export function info(ctx: ServiceContext): WorkspaceInfo {
  const loaded = load(ctx);
  const rows = documents.listDocumentRows(ctx.db);
  return {
    path: ctx.file,
    hasPolicy: !!loaded,
    policyTitle: loaded?.policy.title ?? null,
    documentCount: rows.length,
    submissionCount: rows.filter((r) => r.role === 'submission').length,
    settings: getSettings(ctx),
    defaultReportDeadline: loaded ? defaultReportDeadline(loaded.policy) : null,
  };
}

export const settingsHandlers = {
  'workspace/info': (ctx) => info(ctx),
  'settings/get': (ctx) => getSettings(ctx),
  'settings/set': (ctx, patch) => setSettings(ctx, patch),
} satisfies DomainHandlers<'workspace/info' | 'settings/get' | 'settings/set'>;
