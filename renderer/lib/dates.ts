// Calendar helpers on ISO dates, in the user's local calendar.
import { returnedReportDate } from '../../shared/compliance/decisions';
import type { DecisionMark, Evidence, IsoDate } from '../../shared/types';

export function todayIso(now: Date = new Date()): IsoDate {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return t.toISOString().slice(0, 10);
}

/** 2021-11-30 → 2021年11月30日 */
export function formatDate(date: IsoDate | null | undefined): string {
  if (!date) return '—';
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** A report undated in itself counts from the day it was imported, and says so wherever its date is shown. */
export const IMPORTED_ON_NOTE = '（导入日期，报告未写日期）';

/**
 * The date a duty was reported on, as the office reads it: 2021年11月30日, with the note when it is the import's.
 * After a 退回 with no report since, a dash that still says a report came and when: the one sent back.
 */
export function formatRespondedOn(o: {
  respondedOn: IsoDate | null;
  respondedOnImported?: true;
  evidence?: Evidence[];
  decision?: Pick<DecisionMark, 'kind' | 'date'>;
}): string {
  if (o.respondedOn === null && o.decision?.kind === 'returned') {
    const sent = returnedReportDate({ evidence: o.evidence ?? [] }, o.decision.date);
    return `—（${sent ? `${formatDate(sent)}的` : ''}报告已退回）`;
  }
  return `${formatDate(o.respondedOn)}${o.respondedOn && o.respondedOnImported ? IMPORTED_ON_NOTE : ''}`;
}

/** Whether there is anything to say beside 报送: a date, or a report that was sent back. */
export function hasResponseToShow(o: { respondedOn: IsoDate | null; decision?: Pick<DecisionMark, 'kind'> }): boolean {
  return o.respondedOn !== null || o.decision?.kind === 'returned';
}

export function fileBaseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/** An ISO timestamp in the user's local time, spelled the same in every browser language: 2022年1月31日 09:05. */
export function formatDateTime(stamp: string): string {
  const d = new Date(stamp);
  if (Number.isNaN(d.getTime())) return stamp;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日 ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
