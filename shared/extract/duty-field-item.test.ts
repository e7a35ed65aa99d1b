import { describe, expect, it } from 'vitest';
import { isDutyFieldItem } from './duty-field-item';
import { extractPolicy } from './policy';

const read = (lines: string[]) =>
  extractPolicy({ paragraphs: lines.map((text, index) => ({ index, text })) }).measures.map((m) => `${m.label} ${m.title} | ${m.lead.join('、')}`);

// duty-field-item: a numbered item that opens on a duty label is a field of the item above it, not a measure.
describe('duty-field-item: an item opening on a duty label', () => {
  it.each([
    ['责任单位及承办科室：市自然资源局，储备中心。'],
    [' 责任单位：人民银行宿州市中心支行、银保监会宿州监管分局。'],
    ['责任单位及承办科室（单位）：市房管中心，市场处、租赁处。'],
    ['牵头单位：区发展改革局'],
  ])('%s is a field', (rest) => expect(isDutyFieldItem(rest)).toBe(true));

  it('reads 一、 items set out as 适用范围 / 办理流程 / 责任单位 fields as the measures', () => {
    const text = [
      '某市促进房地产市场平稳健康发展的实施细则',
      '一、优化土地出让方式',
      '（一）适用范围：热点区域的重点地块。',
      '（二）办理流程：编制出让方案时，采取拍卖方式进行出让。',
      '（三）责任单位：市自然资源局。',
      '二、延长土地出让金缴纳时间',
      '（一）适用范围：新出让的经营性用地。',
      '（二）办理时限：5个工作日。',
      '（三）责任单位：市自然资源局。',
      '三、强化金融政策支持',
      '（一）保持房地产贷款平稳增长。督促金融机构加大支持力度。',
      '（二）有效促进房地产业健康发展。实施差别化住房信贷政策。',
      '（三）责任单位：人民银行某市中心支行。',
      '四、推动项目平稳交付',
      '可视具体情况适当顺延交房期限。',
      '责任单位：市住房城乡建设局。',
    ];
    expect(read(text)).toEqual([
      '一、 优化土地出让方式 | 市自然资源局',
      '二、 延长土地出让金缴纳时间 | 市自然资源局',
      '三、 强化金融政策支持 | 人民银行某市中心支行',
      '四、 推动项目平稳交付 | 市住房城乡建设局',
    ]);
  });
});
