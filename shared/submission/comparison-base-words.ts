// The wording of comparison-base (comparison-base.ts): how a target names what its rate is measured against, between
// the indicator and the rate (地区生产总值比上年增长8.5%). Data, not logic: extend the list when a base is worded
// another way.

/** The bases a target's rate is set against: the year before, or the same period of it. */
export const COMPARISON_BASES: readonly string[] = ['比上年同期', '较上年同期', '比去年同期', '较去年同期', '比上年', '较上年', '比去年', '较去年', '同比'];
