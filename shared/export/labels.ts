// The words the reports use for statuses, roles and recurring deadlines.
import type { DeadlineKind, ObligationStatus, ResponsibilityRole } from '../types';

export const STATUS_LABEL: Record<ObligationStatus, string> = {
  on_time: '按时完成',
  late: '逾期报送',
  missing: '未报送',
  pending: '未到期',
};

export const STATUS_ORDER: ObligationStatus[] = ['on_time', 'late', 'missing', 'pending'];

export const ROLE_LABEL: Record<ResponsibilityRole, string> = {
  lead: '牵头',
  support: '配合',
  joint: '共同负责',
};

export const ROLE_ORDER: ResponsibilityRole[] = ['lead', 'joint', 'support'];

export const RECURRENCE_LABEL: Partial<Record<DeadlineKind, string>> = {
  monthly: '按月',
  quarterly: '按季度',
  annual: '按年',
};
