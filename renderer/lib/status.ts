// Words, symbols and order for obligation statuses, shared by the matrix, the lists and the comparison.
// Every status has a word and a symbol as well as a colour, so it reads in black and white and without colour vision.
import type { DecisionMark, ObligationStatus, ResponsibilityRole } from '../../shared/types';
import { REPORTED_LABEL } from '../../shared/compliance/status-words';
import type { ShownStatus } from './overdue';

/** What a department reported, in the same words as the Word report and the notices. */
export const STATUS_LABEL: Record<ObligationStatus, string> = REPORTED_LABEL;

/** One character on a matrix cell for the office's decision; the full label is in the cell's title. */
export const DECISION_MARK: Record<DecisionMark['kind'], string> = { closed: '结', extended: '延', exempt: '免', returned: '退' };

export const SHOWN_LABEL: Record<ShownStatus, string> = { ...STATUS_LABEL, soon: '即将到期' };

export const STATUS_SYMBOL: Record<ShownStatus, string> = {
  on_time: '✓',
  late: '!',
  missing: '✗',
  soon: '◷',
  pending: '○',
};

export const STATUS_ORDER: ObligationStatus[] = ['missing', 'late', 'on_time', 'pending'];

/** The filter buttons and the legend: 即将到期 sits between the overdue ones and the rest. */
export const SHOWN_ORDER: ShownStatus[] = ['missing', 'late', 'soon', 'on_time', 'pending'];

/** Most urgent first, for sorting by a status column. */
export const URGENCY: Record<ShownStatus | 'none', number> = { missing: 0, late: 1, soon: 2, pending: 3, on_time: 4, none: 5 };

export const ROLE_LABEL: Record<ResponsibilityRole, string> = { lead: '牵头', support: '配合', joint: '共同' };

export const ROLE_LABEL_SHORT: Record<ResponsibilityRole, string> = { lead: '牵', support: '配', joint: '共' };

export const DATE_SOURCE_LABEL: Record<string, string> = {
  signature: '落款',
  header: '报送栏',
  import: '导入日期',
  office: '督查室更正',
};
