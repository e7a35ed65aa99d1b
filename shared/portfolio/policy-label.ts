// What a user calls a policy in a list, a filter or a chart.
import type { PolicyExtract } from '../types';
import { titleCore } from '../text/citation';

const MAX_TITLE = 24;

/**
 * The document number when it has one, else its title without its frame (关于印发《X》的通知 → X), shortened to `max`
 * characters (a list or a chart; a printed table, whose cells wrap, passes Infinity).
 */
export function policyLabel(p: Pick<PolicyExtract, 'docNumber' | 'title'>, max = MAX_TITLE): string {
  if (p.docNumber) return p.docNumber;
  const core = titleCore(p.title) || '未命名政策';
  return core.length > max ? `${core.slice(0, max - 1)}…` : core;
}
