import { describe, expect, it } from 'vitest';
import { readResponsibility } from './responsibility';
import { subMeasureStarts } from './sub-measures';
import { extractPolicy } from './policy';

const hasDuty = (text: string) => readResponsibility(text).text !== null;

describe('subMeasureStarts', () => {
  it.each([
    // a heading over two sub-items, each with its own duty line
    [['二、加大住房公积金和金融信贷支持', '（一）调整住房公积金贷款规定。', '提高贷款额度。', '责任单位：市住房公积金管理中心', '（二）加大住房融资信贷支持。', '引导银行合理确定首付比例。', '责任单位：市金融工作局'], [1, 4]],
    // the duty in brackets closing each sub-item
    [['三、强化要素保障', '（一）保障用地。优先安排用地指标。（责任单位：区自然资源局）', '（二）保障资金。统筹安排专项资金。（牵头单位：区财政局；配合单位：区发改局）'], [1, 2]],
    // arabic sub-items under a 一、 item
    [['五、优化服务', '1.推行帮办代办。（区政务服务局负责）', '2.压缩审批时限。（区住建局负责）', '3.推行联合验收。（区住建局牵头，区自然资源局配合）'], [1, 2, 3]],
  ])('%j', (lines, expected) => {
    expect(subMeasureStarts(lines, 'cn', hasDuty)).toEqual(expected);
  });
});

describe('a policy whose items are measures but one, which groups measures', () => {
  it('reads the sub-items of that one as measures, its siblings as they are', () => {
    const text = [
      '某市人民政府办公室关于促进消费的意见',
      '各县（市、区）人民政府，市人民政府各部门：',
      '一、发放消费券',
      '分批发放消费券。',
      '责任单位：市商务局',
      '二、加大金融支持',
      '（一）降低贷款利率。',
      '引导银行下调利率。',
      '责任单位：市金融工作局',
      '（二）扩大信贷投放。',
      '加大信贷投放。',
      '责任单位：人行某市中心支行',
      '三、优化审批服务',
      '压缩审批时限。',
      '责任单位：市住房城乡建设局',
    ];
    const extract = extractPolicy({ paragraphs: text.map((t, index) => ({ index, text: t })) });
    expect(extract.measures.map((m) => [m.label, m.title, m.lead])).toEqual([
      ['一、', '发放消费券', ['市商务局']],
      ['（一）', '降低贷款利率', ['市金融工作局']],
      ['（二）', '扩大信贷投放', ['人行某市中心支行']],
      ['三、', '优化审批服务', ['市住房城乡建设局']],
    ]);
  });
});
