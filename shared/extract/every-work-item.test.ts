import { describe, expect, it } from 'vitest';
import { readConventions } from './lead-convention';
import { extractPolicy } from './policy';

// every-work-item: 「以下各项工作均需要各单位负责，不再单独列出」 makes 各单位 part of every later measure, as 「以下均需…
// 负责，不再列出」 does (沪市监特种〔2022〕27号, （一）).
describe('every-work-item: a generic actor for every later work item', () => {
  it('reads the convention and takes its words out', () => {
    const read = readConventions('市局特种设备安全监察处牵头，各单位按职责分工负责，以下各项工作均需要各单位负责，不再单独列出');
    expect(read.conventions.map((c) => [c.kind, c.actor, c.onward])).toEqual([['generic-everywhere', '各单位', true]]);
    expect(read.text).toBe('市局特种设备安全监察处牵头，各单位按职责分工负责');
  });

  it('carries the actor to the measures after', () => {
    const m = extractPolicy({
      paragraphs: ['实施方案', '一、工作任务', '（一）压实使用单位主体责任', '督促使用单位健全安全管理制度。（市局特种设备安全监察处牵头，以下各项工作均需要各单位负责，不再单独列出）', '（二）加大产品质量排查力度', '组织开展燃气灶具产品质量监督抽查。（市局计量处负责）'].map((text, index) => ({ index, text })),
    }).measures;
    expect(m.map((x) => [x.lead, x.generic])).toEqual([
      [['市局特种设备安全监察处'], ['各单位']],
      [['市局计量处'], ['各单位']],
    ]);
  });
});
