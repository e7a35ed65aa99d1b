// The portfolio domain: the policies of the workspace and each one's obligations as of a date.
import type { IsoDate } from '../../shared/types';
import type { PolicyCompliance, PolicyRef } from '../../shared/portfolio/types';
import type { ServiceContext } from './context';
import { compliance } from './compliance';
import { load } from './policy';

function shortTitle(title: string): string {
  return title.length > 24 ? `${title.slice(0, 23)}…` : title;
}

/** The policies of the workspace, in the order they were imported. */
export function policies(ctx: ServiceContext): PolicyRef[] {
  const loaded = load(ctx);
  if (!loaded) return [];
  const p = loaded.policy;
  return [{ id: loaded.policyId, title: p.title, docNumber: p.docNumber, issuer: p.issuer, issuedOn: p.issuedOn, label: p.docNumber ?? shortTitle(p.title) }];
}

/** Every policy's obligations as of a date, with the office's decisions applied. */
export function portfolioCompliance(ctx: ServiceContext, asOf: IsoDate): PolicyCompliance[] {
  return policies(ctx).map((policy) => ({ policy, result: compliance(ctx, asOf) }));
}
