// Calendar dates in the user's local time zone: a report imported at 00:30 in Beijing is imported that day.
import type { IsoDate } from '../../shared/types';

export function localToday(): IsoDate {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function nowStamp(): string {
  return new Date().toISOString();
}
