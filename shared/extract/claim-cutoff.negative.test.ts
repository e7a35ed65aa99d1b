import { describe, expect, it } from 'vitest';
import { extractDeadlines } from './deadlines';

const kinds = (text: string) => extractDeadlines(text, { issuedOn: '2023-09-22' }).map((d) => [d.kind, d.date]);

describe('claim-cutoff: negative cases', () => {
  it.each([
    // a cutoff for a body's own work names no benefit
    ['项目申报材料报送截止时间为2023年12月31日。', '2023-12-31'],
    // a benefit, but no claim: the body's work to pay it
    ['购房补贴资金拨付截止时间为2023年12月31日。', '2023-12-31'],
    // the claim and the benefit in an earlier clause
    ['申请补贴的企业名单由市财政局汇总，截止时间为2023年12月31日。', '2023-12-31'],
  ])('%s', (text, date) => {
    expect(kinds(text)).toEqual([['by', date]]);
  });
});
