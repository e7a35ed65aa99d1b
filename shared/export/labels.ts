// The words the reports use for statuses, roles and recurring deadlines.
import type { DeadlineKind, ObligationStatus, ResponsibilityRole } from '../types';
import { REPORTED_LABEL } from '../compliance/status-words';

/** What a department reported: the same words as the matrix and the comparison (按时报送, not 按时完成). */
export const STATUS_LABEL: Record<ObligationStatus, string> = REPORTED_LABEL;

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
