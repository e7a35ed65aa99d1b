// Rule comparison-base: a target may say what its rate is set against (地区生产总值比上年增长8.5%左右); the year's result
// gives the rate without naming the base again (地区生产总值4200亿元左右,增长11.5%以上). The base is no word of the
// indicator a result must repeat, so it is left out of the indicator.
import { COMPARISON_BASES } from './comparison-base-words';

/** The indicator without the base its rate is set against: 地区生产总值增长 of 地区生产总值比上年增长. */
export function withoutComparisonBase(indicator: string): string {
  let out = indicator;
  for (const base of COMPARISON_BASES) out = out.split(base).join('');
  return out;
}
