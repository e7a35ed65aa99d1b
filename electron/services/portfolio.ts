// The portfolio domain: the policies of the workspace and each one's obligations as of a date.
import type { IsoDate } from '../../shared/types';
import type { MatrixFilter } from '../../shared/views';
import type { PolicyCompliance, PolicyRef } from '../../shared/portfolio/types';
import { policyLabel } from '../../shared/portfolio/policy-label';
import type { ServiceContext } from './context';
import { compliance } from './compliance';
import { ledgers } from './policy';

/** The policies of the workspace, in the order they were imported. */
export function policies(ctx: ServiceContext): PolicyRef[] {
  return ledgers(ctx).map(({ policyId, policy: p }) => ({
    id: policyId,
    title: p.title,
    docNumber: p.docNumber,
    issuer: p.issuer,
    issuedOn: p.issuedOn,
    label: policyLabel(p),
  }));
}

/** Every policy's obligations as of a date, with the office's decisions applied. */
export function portfolioCompliance(ctx: ServiceContext, asOf: IsoDate, filter?: MatrixFilter): PolicyCompliance[] {
  return policies(ctx).map((policy) => ({ policy, result: compliance(ctx, asOf, filter, policy.id) }));
}
