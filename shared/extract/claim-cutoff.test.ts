import { describe, expect, it } from 'vitest';
import { extractDeadlines } from './deadlines';

const kinds = (text: string) => extractDeadlines(text, { issuedOn: '2023-09-22' }).map((d) => [d.kind, d.date]);

describe('claim-cutoff: the closing date for claiming a benefit is the claimants\' window', () => {
  it.each([
    ['贷款利息补贴支持政策期限为一年，申报购房补贴截止时间为2024年6月30日。', '2024-06-30'],
    ['申请一次性奖补资金截止日期为2023年12月31日。', '2023-12-31'],
    ['领取购房补助截止到2024年3月31日。', '2024-03-31'],
  ])('%s', (text, date) => {
    expect(kinds(text)).toEqual([['period', date]]);
  });
});
