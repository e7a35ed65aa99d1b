import { describe, expect, it } from 'vitest';
import { extractDeadlines } from './deadlines';
import { isBenefitCondition } from './benefit-condition';

const ctx = { issuedOn: '2026-01-27' };

// A date that names who qualifies for a benefit, or how long a relief lasts, is a window: no body is due by it.
describe('benefit-condition: a date of a benefit is a window, not a due date', () => {
  it.each([
    ['对一季度新增的千兆及以上宽带用户给予适当补贴。', '2026-03-31'],
    ['对于一季度在我市购买新建商品住房、完成合同网签及备案，并在2026年6月30日前足额缴纳契税的购房人，给予购房合同总价2%的补贴。', '2026-06-30'],
    ['对倍增企业一季度规模与效益发展情况开展综合评价，分档给予企业最高50万元的奖励。', '2026-03-31'],
    ['到2030年前，对实行两部制电价的集中式充换电设施用电免收需量（容量）电费。', '2030-12-31'],
    ['2027年12月31日前，对从事二手车经销的纳税人销售其收购的二手车，减按0.5%征收增值税。', '2027-12-31'],
    ['2026年4月25日前，在市区内购买商品住宅（含二手房）并缴纳契税的，给予已缴契税20%消费补贴。', '2026-04-25'],
    // a waiver for those the date names
    ['2026年12月31日前受疫情影响的缴存人，不能正常偿还住房公积金贷款的，不作逾期处理。', '2026-12-31'],
    // what those named may do by the date: a permission's term
    ['受疫情影响的企业，2026年12月31日前可按规定申请缓缴住房公积金，到期后进行补缴。', '2026-12-31'],
    ['符合条件的职工，2026年6月30日前可以申请提取住房公积金支付房租。', '2026-06-30'],
    // the loans falling due by the date: which ones the measure covers
    ['在保证债权安全的前提下，2026年12月31日前到期的，可以允许超出原规定多展期1年。', '2026-12-31'],
    ['2026年6月底前届满的租赁合同，可按原条件续租一年。', '2026-06-30'],
  ])('%s', (text, date) => {
    const found = extractDeadlines(text, ctx).filter((d) => d.date === date);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((d) => d.kind !== 'by')).toBe(true);
  });

  it('reads the phrase in place', () => {
    const text = '对一季度新增的用户给予补贴。';
    expect(isBenefitCondition(text, 1, 4)).toBe(true);
  });
});
