// The workspace's own settings (reporting deadline, as-of date) and the summary the top bar shows.
import type { IsoDate } from '../../shared/types';
import type { WorkspaceInfo, WorkspaceSettings } from '../../shared/views';
import { defaultReportDeadline } from '../../shared/compliance';
import * as documents from '../db/documents';
import { getSetting, setSetting } from '../db/settings';
import type { ServiceContext } from './context';
import { recordChange } from './journal';
import { ledger, resolvePolicy } from './policy';
import { policies } from './portfolio';
import type { DomainHandlers } from './workspace-api';

/** Where each setting is kept: the reporting deadline is each policy's own, the as-of date the workspace's. */
function settingKeys(ctx: ServiceContext, policyId?: number): Record<keyof WorkspaceSettings, string> {
  const policy = resolvePolicy(ctx, policyId) ?? 0;
  return { reportDeadline: `report-deadline:${policy}`, asOf: 'as-of' };
}

export function getSettings(ctx: ServiceContext, policyId?: number): WorkspaceSettings {
  const keys = settingKeys(ctx, policyId);
  return { reportDeadline: getSetting(ctx.db, keys.reportDeadline), asOf: getSetting(ctx.db, keys.asOf) };
}

const SETTING_WORDS: Record<keyof WorkspaceSettings, string> = { reportDeadline: '统一报送期限', asOf: '统计截至日期' };

export function setSettings(ctx: ServiceContext, patch: Partial<WorkspaceSettings>, policyId?: number): WorkspaceSettings {
  const now = getSettings(ctx, policyId);
  const keys = settingKeys(ctx, policyId);
  const changed = (Object.keys(SETTING_WORDS) as (keyof WorkspaceSettings)[]).filter((k) => k in patch && (patch[k] ?? null) !== now[k]);
  if (changed.length === 0) return now;
  const summary = changed.map((k) => `${SETTING_WORDS[k]} ${now[k] ?? '（默认）'} → ${patch[k] ?? '（默认）'}`).join('；');
  const policy = changed.includes('reportDeadline') ? (resolvePolicy(ctx, policyId) ?? null) : null;
  recordChange(ctx, { kind: 'setting', summary: `修改设置：${summary}`, policy }, changed.map((k) => `setting:${keys[k]}`), () => {
    for (const k of changed) setSetting(ctx.db, keys[k], patch[k] ?? null);
  });
  return getSettings(ctx, policyId);
}

/** The date the views are computed as of when the caller names none: the setting, else today. */
export function asOfOrDefault(ctx: ServiceContext, asOf: IsoDate | undefined): IsoDate {
  return asOf ?? getSettings(ctx).asOf ?? ctx.clock.today();
}

export function info(ctx: ServiceContext): WorkspaceInfo {
  const first = resolvePolicy(ctx);
  const loaded = first === null ? null : ledger(ctx, first);
  const counts = documents.countDocuments(ctx.db);
  return {
    path: ctx.file,
    hasPolicy: !!loaded,
    policyTitle: loaded?.policy.title ?? null,
    policies: policies(ctx),
    documentCount: counts.documents,
    submissionCount: counts.submissions,
    settings: getSettings(ctx),
    defaultReportDeadline: loaded ? defaultReportDeadline(loaded.policy) : null,
    ...(ctx.reread?.progress ? { rereading: { ...ctx.reread.progress } } : {}),
    ...(ctx.reread ? { rereadsDone: ctx.reread.finished } : {}),
  };
}

export const settingsHandlers = {
  'workspace/info': (ctx) => info(ctx),
  'settings/get': (ctx, input) => getSettings(ctx, input?.policy),
  'settings/set': (ctx, { policy, ...patch }) => setSettings(ctx, patch, policy),
} satisfies DomainHandlers<'workspace/info' | 'settings/get' | 'settings/set'>;
