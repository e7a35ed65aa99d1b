import { describe, expect, it } from 'vitest';
import { extractPolicy } from './policy';

const read = (lines: string[]) => extractPolicy({ paragraphs: lines.map((text, index) => ({ index, text })) }).measures.map((m) => `${m.label} ${m.title}`);

// header-without-rows: what it leaves alone.
describe('header-without-rows: negative cases', () => {
  const items = ['一、加强组织领导。（责任单位：区发改局）', '二、强化资金保障。（责任单位：区财政局）'];
  it.each([
    // a table of figures: no column of bodies
    [['序号', '指标名称', '目标值', ...items]],
    // 序号 alone with no labels after it
    [['序号', ...items]],
    // 序号 named in a sentence
    [['各单位按序号顺序报送材料。', ...items]],
    // labels run together with no column of bodies
    [['表1主要指标序号指标名称目标数值完成时间', ...items]],
  ])('%j keeps its measures', (lines) => {
    expect(read(['某区工作方案', ...lines])).toEqual(['一、 加强组织领导', '二、 强化资金保障']);
  });
});
