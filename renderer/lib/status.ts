// Words and order for obligation statuses, shared by the matrix, the lists and the comparison.
import type { ObligationStatus, ResponsibilityRole } from '../../shared/types';

export const STATUS_LABEL: Record<ObligationStatus, string> = {
  on_time: '按时',
  late: '逾期',
  missing: '未报送',
  pending: '未到期',
};

export const STATUS_ORDER: ObligationStatus[] = ['missing', 'late', 'on_time', 'pending'];

export const ROLE_LABEL: Record<ResponsibilityRole, string> = { lead: '牵头', support: '配合', joint: '共同' };

export const ROLE_LABEL_SHORT: Record<ResponsibilityRole, string> = { lead: '牵', support: '配', joint: '共' };

export const DATE_SOURCE_LABEL: Record<string, string> = {
  signature: '落款',
  header: '报送栏',
  import: '导入日期',
};
