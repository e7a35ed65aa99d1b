import { describe, expect, it } from 'vitest';
import { readResponsibility } from './responsibility';
import { subMeasureStarts } from './sub-measures';

const hasDuty = (text: string) => readResponsibility(text).text !== null;

describe('subMeasureStarts: negative cases', () => {
  it.each([
    // the item assigns its own duty: its sub-items are points of one measure
    [['二、加强金融支持（市金融工作局牵头）', '（一）降低贷款利率。（市金融工作局负责）', '（二）扩大信贷投放。（人行某市中心支行负责）']],
    // one duty line after all the points: it is the item's
    [['四、优化审批', '（一）压缩审批时限。', '（二）推行联合验收。', '责任单位：市住房城乡建设局']],
    // one sub-item assigns no one
    [['六、稳定就业', '（一）扩大岗位供给。（市人社局负责）', '（二）鼓励企业吸纳就业。']],
    // a single sub-item is no group
    [['七、保障用地', '（一）优先安排指标。（市自然资源局负责）']],
    // sub-items numbered out of order are not a run
    [['八、保障资金', '（二）统筹专项资金。（市财政局负责）', '（三）争取上级资金。（市发改委负责）']],
    // no sub-items at all
    [['九、规范市场秩序', '加大执法力度。', '责任单位：市住房城乡建设局']],
  ])('%j', (lines) => {
    expect(subMeasureStarts(lines, 'cn', hasDuty)).toBeNull();
  });
});
