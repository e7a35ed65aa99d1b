// Words and order for obligation statuses, shared by the matrix, the lists and the comparison.
import type { DecisionMark, ObligationStatus, ResponsibilityRole } from '../../shared/types';
import { REPORTED_LABEL } from '../../shared/compliance/status-words';

/** What a department reported, in the same words as the Word report and the notices. */
export const STATUS_LABEL: Record<ObligationStatus, string> = REPORTED_LABEL;

/** One character on a matrix cell for the office's decision; the full label is in the cell's title. */
export const DECISION_MARK: Record<DecisionMark['kind'], string> = { closed: '结', extended: '延', exempt: '免', returned: '退' };

export const STATUS_ORDER: ObligationStatus[] = ['missing', 'late', 'on_time', 'pending'];

export const ROLE_LABEL: Record<ResponsibilityRole, string> = { lead: '牵头', support: '配合', joint: '共同' };

export const ROLE_LABEL_SHORT: Record<ResponsibilityRole, string> = { lead: '牵', support: '配', joint: '共' };

export const DATE_SOURCE_LABEL: Record<string, string> = {
  signature: '落款',
  header: '报送栏',
  import: '导入日期',
  office: '督查室更正',
};
