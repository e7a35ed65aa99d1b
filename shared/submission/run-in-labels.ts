// run-in-label: a law database's field list may run each label into its value with nothing between them
// (发文机关最高人民法院 / 发文日期2017年11月01日). Near the top of the page such a line reads as the labelled field it
// is, but only when what follows the label fits it: names and nothing else after a label of who issued the document,
// a date and nothing else after a label of when. Any other line, a title or a sentence opening on those words
// (发布机构改革方案的通知), stays as written.
import { findFullDates } from '../text/dates';
import { namesOnlyLine } from './department-names';

const ISSUER_LABELS = ['发文机关', '发文机构', '发文单位', '发布机关', '发布机构', '发布单位'];
const DATE_LABELS = ['发文日期', '成文日期', '发布日期', '印发日期'];
const RUN_IN_RE = new RegExp(`^(${[...ISSUER_LABELS, ...DATE_LABELS].join('|')})([^\\s:：].*)$`);

/** The value is one date, with nothing before or after it. */
function onlyADate(value: string): boolean {
  const dates = findFullDates(value);
  return dates.length === 1 && dates[0].start === 0 && dates[0].end === value.length;
}

/** A line opening on a known label run into a value that fits it, read as label：value; any other line as it is. */
export function withRunInLabel(text: string): string {
  const m = RUN_IN_RE.exec(text.trim());
  if (!m) return text;
  const [, label, written] = m;
  const value = written.trim();
  const fits = DATE_LABELS.includes(label) ? onlyADate(value) : namesOnlyLine(value) !== null;
  return fits ? `${label}：${value}` : text;
}
