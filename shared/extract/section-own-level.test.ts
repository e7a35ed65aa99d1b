import { describe, expect, it } from 'vitest';
import { extractPolicy } from './policy';

const read = (lines: string[]) => extractPolicy({ paragraphs: lines.map((text, index) => ({ index, text })) }).measures.map((m) => `${m.label} ${m.title}`);

// section-own-level: a section with no item at the measure level, whose items are all of one finer level, gives
// those items as its measures.
describe('section-own-level: a section numbered at a finer level gives its own items', () => {
  it('reads 1.–3. under one section beside （一）（二） under the others', () => {
    const text = [
      '某街道加强消防安全工作实施方案',
      '一、职责分工',
      '1.街道消委办。牵头开展消防安全关爱工作，建立分级管理机制。',
      '2.派出所。负责消防安全隐患的确认。',
      '3.服务办。牵头负责收集上报的信息。',
      '二、工作措施',
      '（一）动态排查。各居委对辖区内独居老人进行排摸梳理。',
      '（二）宣传引导。消委办负责开展消防宣传。',
    ];
    expect(read(text)).toEqual(['1. 街道消委办', '2. 派出所', '3. 服务办', '（一） 动态排查', '（二） 宣传引导']);
  });

  it('reads them wherever the section stands', () => {
    const text = [
      '某区推进工作实施方案',
      '一、主要任务',
      '（一）完善机制。区发展改革局负责建立工作机制。',
      '（二）强化保障。区财政局负责统筹资金。',
      '二、部门职责',
      '1.区住建局。负责项目建设的监督管理。',
      '2.区市场监管局。负责价格监督检查。',
    ];
    expect(read(text)).toEqual(['（一） 完善机制', '（二） 强化保障', '1. 区住建局', '2. 区市场监管局']);
  });
});
