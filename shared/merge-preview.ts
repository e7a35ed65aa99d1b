// What merging department names would change, worked out before anything is changed.
import type { IsoDate, ObligationStatus } from './types';

export interface MergePreviewName {
  /** A department as it is now (canonical name). */
  name: string;
  obligations: number;
  submissions: number;
}

export interface MergePreviewMeasure {
  /** The policy (document id) the measure belongs to: the same number may come up under several policies. */
  policy?: number;
  measure: number;
  title: string;
  /** Each merged department's status on this measure now. */
  before: { department: string; status: ObligationStatus }[];
  /** The merged department's status afterwards; null when it has no duty there any more. */
  after: ObligationStatus | null;
}

export interface MergePreview {
  into: string;
  asOf: IsoDate;
  /** The departments that become one, as they are now. */
  merged: MergePreviewName[];
  /** The one department afterwards. */
  after: { obligations: number; submissions: number; aliases: string[] };
  /** Every measure one of them has a duty on, before and after. */
  measures: MergePreviewMeasure[];
}
