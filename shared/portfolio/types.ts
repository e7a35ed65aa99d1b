// A portfolio: every policy a workspace tracks, each with its own ledger and matrix.
import type { ComplianceResult, IsoDate } from '../types';

/** One policy of the workspace as lists and filters name it. */
export interface PolicyRef {
  /** The policy document's id in the workspace. */
  id: number;
  title: string;
  docNumber: string | null;
  issuer: string | null;
  issuedOn: IsoDate | null;
  /** What a user calls it in a list or a chart: the document number, else the title shortened. */
  label: string;
}

/** One policy's obligations as of a date. */
export interface PolicyCompliance {
  policy: PolicyRef;
  result: ComplianceResult;
}

/** How a report was placed on a policy. */
export type AttributionBasis = 'doc-number' | 'title' | 'title-echo' | 'content' | 'sender' | 'only-policy' | 'office';

export interface Attribution {
  policy: number;
  basis: AttributionBasis;
  /** What in the report shows it, in the user's words: the number or title cited, or the shared terms. */
  evidence: string;
}
