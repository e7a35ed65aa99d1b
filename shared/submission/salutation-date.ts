// salutation-date: the salutation (省人大常委会：) names whom a report is addressed to. A copy may run a date onto it
// (省人大常委會:2013年7月22日); the line is still the salutation, and the name before its colon is the addressee, not the
// author of a byline (清水县人民政府 2024年01月08日), which sets no colon between the name and the date.
import { findFullDates } from '../text/dates';
import { namesOnlyLine } from './department-names';

const SALUTATION_RE = /^([^:：]{2,40}?)\s*[:：]\s*(\S.*)$/;

/** A line that is names, a colon and then one date and nothing else. */
export function isSalutationWithDate(text: string): boolean {
  const m = SALUTATION_RE.exec(text.trim());
  if (!m) return false;
  const rest = m[2].trim();
  const dates = findFullDates(rest);
  if (dates.length !== 1 || dates[0].start !== 0 || dates[0].end !== rest.length) return false;
  return namesOnlyLine(m[1]) !== null;
}
