// Refiner of a time phrase (claim-cutoff): the closing date for the public to claim a benefit, not a body's due date.
// 「申报购房补贴截止时间为2024年6月30日」 (吉林市进一步促进房地产消费若干措施): a cutoff (截止时间为, 截止日期为, 截止到) whose
// clause names the claim (申报, 申请, 领取) of a benefit (补贴, 补助, 奖励, 奖补, 贴息) says how long buyers may apply. A
// cutoff for a body's own work (「项目申报材料报送截止时间为6月30日」, no benefit named) stays due.

const CLAUSE_START = /[，。；,;：:]/;
const CLAIM = /(?:申报|申请|领取|兑现|兑付)/;
const BENEFIT = /(?:补贴|补助|奖励|奖补|贴息|补偿金)/;
const CUTOFF = /^截止/;

/** True when the time phrase at [start, end) of `text` is the cutoff of a claim for a benefit. */
export function isClaimCutoff(text: string, start: number, end: number): boolean {
  if (!CUTOFF.test(text.slice(start, end))) return false;
  const before = text.slice(0, start);
  let from = before.length;
  while (from > 0 && !CLAUSE_START.test(before[from - 1])) from--;
  const clause = before.slice(from);
  return CLAIM.test(clause) && BENEFIT.test(clause);
}
