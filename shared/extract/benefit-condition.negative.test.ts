import { describe, expect, it } from 'vitest';
import { extractDeadlines } from './deadlines';

const ctx = { issuedOn: '2026-01-27' };

describe('benefit-condition: negative cases (due dates stay due)', () => {
  it.each([
    // no grant in the sentence: the date is the body's
    ['2026年6月底前，对全市企业开展安全生产大检查。', '2026-06-30'],
    ['力争一季度新开工重大项目超74个。', '2026-03-31'],
    // the work to be done by the date is written right after it
    ['2026年6月底前完成对困难群众的走访慰问，并给予临时救助。', '2026-06-30'],
    ['2026年9月底前兑现对企业的奖励，给予政策支持。', '2026-09-30'],
    // the date comes after the grant
    ['对符合条件的企业给予补贴，2026年6月底前兑付到位。', '2026-06-30'],
    // 针对 and 对接 do not name beneficiaries
    ['针对重点企业，2026年3月底前给予指导。', '2026-03-31'],
    // a date before the work, a permission only later in the sentence
    ['2026年6月底前完成系统改造，企业可在线申请缓缴。', '2026-06-30'],
    // 不作处理 alone waives nothing: the body's own work stays due
    ['2026年9月底前对逾期贷款开展清理，不作处理的须说明理由。', '2026-09-30'],
    // 到期 as the work's own word, no 的-clause: the body renews by the date
    ['2026年12月31日前完成到期合同续签工作。', '2026-12-31'],
    // 到期 later in the sentence, not right after the date
    ['2026年6月底前对到期的合同开展清理。', '2026-06-30'],
  ])('%s', (text, date) => {
    const found = extractDeadlines(text, ctx).filter((d) => d.date === date);
    expect(found.map((d) => d.kind)).toEqual(['by']);
  });
});
