// Today's date on the local calendar: the office's day, not UTC's.
import type { IsoDate } from '../../shared/types';

export function todayIso(now: Date = new Date()): IsoDate {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
