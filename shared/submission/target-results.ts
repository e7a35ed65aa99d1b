// A target is a measure that sets a figure for an indicator (地区生产总值增长5.5%左右, 固定资产投资增长10%). A report
// answers it by giving the indicator's result (固定资产投资同比增长5.3%), often several targets in one run-on
// paragraph, a sentence or clause each: the year's account of a plan, a 督查 return on a work report's targets.
// Such a passage shares with the target every word of its subject and nothing more, which content alone does not
// trust: too few characters for one shared phrase not to be a coincidence, no second word distinctive of the
// measure. A passage that gives a figure and holds the target's whole subject answers the target: the link needs
// no more shared words, and it counts.

import { withoutComparisonBase } from './comparison-base';

/** A figure with its unit: a rate, an amount, a count. */
const FIGURE = /\d+(?:\.\d+)?\s*(?:%|％|‰|个百分点|万亿元|亿元|万元|元|万人|人次|人|万吨|吨|亿斤|万亩|亩|公里|千米|个|家|项|户|所|座|套|张|辆)/;

/** Whether a passage gives a figure. */
export function givesFigure(passage: string): boolean {
  return FIGURE.test(passage);
}

/**
 * The indicator a target sets a figure for: its title's words before the figure (地区生产总值增长 of 地区生产总值增长5.5%左右),
 * without the base its rate is set against (比上年, comparison-base.ts).
 */
export function indicatorOf(title: string): string | null {
  const figure = FIGURE.exec(title);
  return figure ? withoutComparisonBase(title.slice(0, figure.index)) : null;
}

/**
 * Whether `passage` answers the target titled `title`, whose subject words are `subjects`: the title sets a figure,
 * the passage gives one, and every subject word of the target's indicator is in the passage. The words after the
 * figure (左右, 以上) and the leader a division names beside the target are not the indicator.
 */
export function answersTarget(title: string, subjects: readonly string[], passage: string): boolean {
  const indicator = indicatorOf(title);
  if (indicator === null) return false;
  const words = subjects.filter((s) => indicator.includes(s));
  return words.length > 0 && givesFigure(passage) && words.every((w) => passage.includes(w));
}
