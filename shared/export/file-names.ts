// The names offered for an export: what it is, which policy it is about, and the day it is as of
// (督查报告-粤府〔2021〕22号-2021-12-20.docx), so exports of several policies on one day never share a name.
import { policyLabel } from '../portfolio/policy-label';
import { titleCore } from '../text/citation';
import { safeFileStem } from '../text/file-name';
import type { IsoDate, PolicyExtract } from '../types';

/** Longest policy part of a name: long enough to tell policies apart, short enough for a path on Windows. */
const MAX_POLICY_CHARS = 30;

/**
 * The policy as a part of a file name: its document number, else its title's core, cut without an ellipsis;
 * empty when it has neither (a name saying 未命名政策 would tell nothing).
 */
export function policyFilePart(p: Pick<PolicyExtract, 'docNumber' | 'title'>): string {
  if (!p.docNumber && !titleCore(p.title)) return '';
  const label = policyLabel(p, Infinity);
  const chars = Array.from(label);
  const cut = chars.length > MAX_POLICY_CHARS ? chars.slice(0, MAX_POLICY_CHARS).join('') : label;
  return safeFileStem(cut, MAX_POLICY_CHARS);
}

/** kind-policy-date.ext; without a policy (an export across all of them, or none known) kind-date.ext. */
export function exportFileName(kind: string, policy: Pick<PolicyExtract, 'docNumber' | 'title'> | null, asOf: IsoDate, ext: string): string {
  const part = policy ? policyFilePart(policy) : '';
  return `${kind}-${part ? `${part}-` : ''}${asOf}${ext ? `.${ext}` : ''}`;
}
