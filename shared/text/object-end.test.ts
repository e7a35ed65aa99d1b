import { describe, expect, it } from 'vitest';
import { headingBodyStart } from './heading-body';
import { repairParagraphs } from './repair';

// object-end: a heading opening on a verb, run into a paragraph that opens on a noun with no word to say where the
// sentence begins, ends on the first noun that closes the genre's heading objects, when the first clause is too long
// for a heading alone.
describe('object-end: the heading ends on the noun closing its object', () => {
  it.each([
    ['一、最大程度降低购房信贷门槛居民家庭（包括借款人、配偶及未成年子女，下同）申请贷款购买商品住房时，', '居民家庭'],
    ['三、调整公积金贷款条件缴存职工连续、正常、足额缴存住房公积金6个月（含）以上的，可申请贷款。', '缴存职工'],
    ['十二、简化住宅价格备案流程综合考虑商品房住宅成本因素、市场因素和调控要求，引导合理定价。', '综合考虑'],
    ['四、推动项目平稳交付在建房地产开发项目因疫情影响施工建设进度，导致延期交房的，可视情况顺延。', '在建房地产'],
  ])('%s', (piece, body) => {
    const at = headingBodyStart(piece);
    expect(at === null ? null : piece.slice(at, at + body.length)).toBe(body);
  });

  it('gives one-line measures their headings back', () => {
    const line =
      '制定如下措施。一、降低购房信贷门槛居民家庭申请贷款购买首套商品住房的，按首套执行。二、调整公积金贷款条件缴存职工连续足额缴存6个月以上的，可申请贷款。三、简化价格备案流程开发企业报送备案材料后五个工作日内，完成备案。';
    expect(repairParagraphs([{ text: line, start: 0, end: line.length }]).map((p) => p.text)).toEqual([
      '制定如下措施。',
      '一、降低购房信贷门槛',
      '居民家庭申请贷款购买首套商品住房的，按首套执行。',
      '二、调整公积金贷款条件',
      '缴存职工连续足额缴存6个月以上的，可申请贷款。',
      '三、简化价格备案流程',
      '开发企业报送备案材料后五个工作日内，完成备案。',
    ]);
  });
});
