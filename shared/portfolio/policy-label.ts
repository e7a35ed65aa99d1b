// What a user calls a policy in a list, a filter or a chart.
import type { PolicyExtract } from '../types';

const MAX_TITLE = 24;

/** The title without the wrapper of a covering notice (关于印发…的通知) and the document kind's stock words. */
function titleCore(title: string): string {
  const m = /^关于印发[《〈]?(.+?)[》〉]?的通知$/.exec(title.trim());
  return (m ? m[1] : title.trim()).replace(/^关于/, '');
}

/** The document number when it has one, else its title, shortened. */
export function policyLabel(p: Pick<PolicyExtract, 'docNumber' | 'title'>): string {
  if (p.docNumber) return p.docNumber;
  const core = titleCore(p.title) || '未命名政策';
  return core.length > MAX_TITLE ? `${core.slice(0, MAX_TITLE - 1)}…` : core;
}
