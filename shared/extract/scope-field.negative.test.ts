import { describe, expect, it } from 'vitest';
import { readResponsibility } from './responsibility';

// scope-field: the words without their colon, or a scope field before the duty label, take no body from the list.
describe('scope-field: only a labelled scope ends the list', () => {
  it('reads the bodies after a scope field that comes first', () => {
    const r = readResponsibility('（五）开展艺术品保税仓储。（适用范围：浙江自贸试验区；负责部门：文化和旅游部、海关总署）');
    expect([r.lead, r.joint]).toEqual([['文化和旅游部', '海关总署'], true]);
  });

  it('leaves a sentence about a measure’s scope to the duty bracket after it', () => {
    const r = readResponsibility('2.扩大政策适用范围，将个体工商户纳入支持对象。（责任单位：市财政局、市市场监管局）');
    expect([r.lead, r.joint]).toEqual([['市财政局', '市市场监管局'], true]);
  });

  it('keeps a body whose name holds the words', () => {
    const r = readResponsibility('（二）完善试点。（牵头单位：市发展改革委；配合单位：市试点地区工作办公室）');
    expect([r.lead, r.support]).toEqual([['市发展改革委'], ['市试点地区工作办公室']]);
  });
});
