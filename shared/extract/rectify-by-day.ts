// Rule (rectify-by-day): a rectification notice whose cover asks that the problems it lists be put right by a day
// (「请各事涉部门对存在的问题立即进行整改,并于5月20日前将问题整改完成,整改情况报区政府督查室」, 铁西区人民政府督查室,
// 2019) has every problem of its list fall due that day. Only the cover is read (the lines before the first numbered
// item), and only a day the rectification itself is to be done by (整改完成, 完成整改, 整改到位); a day the returns are
// to be sent by (「于…前将整改情况报…」) dates no problem.
import { readLabel } from './policy-numbering';

const DAY = '(?:\\d{4}年)?\\d{1,2}月\\d{1,2}日';
const RECTIFY_BY = new RegExp(`(${DAY})(?:之)?前(?:将)?[^。；;，,]{0,12}?(?:整改完成|完成整改|整改到位|整改完毕)`);

/** The phrase of the day the cover's problems are to be put right by (「5月20日前」); null when it sets none. */
export function rectifyByDay(lines: string[]): string | null {
  for (const line of lines) {
    // (a number running into its date, 「1.8月31日前…」, opens an item as well)
    if (readLabel(line.trim()) !== null || /^\d{1,2}[.．、]/.test(line.trim())) break;
    const m = RECTIFY_BY.exec(line);
    if (m) return `${m[1]}前`;
  }
  return null;
}
