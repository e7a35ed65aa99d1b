import { describe, expect, it } from 'vitest';
import { extractPolicy } from './policy';

const titles = (lines: string[]) => extractPolicy({ paragraphs: lines.map((text, index) => ({ index, text })) }).measures.map((m) => m.title);

// long-heading-line, where it must not fire: a line the copy cut inside a sentence (the next line runs on and closes
// the sentence with no opening of its own is no different to the eye, so the cut line holds a figure or a bracket, or
// runs past 40 characters), and a labelled line closing on sentence punctuation.
describe('long-heading-line: negative cases', () => {
  it('reads a long line holding a figure as the start of a sentence', () => {
    const [first] = titles(['实施方案', '一、工作任务', '（一）2025年底前完成全区老旧小区内既有的电动自行车集中充电停放场所加装消防设施的改造', '任务不少于40个。（区应急局负责）', '（二）加强宣传', '各单位要加强宣传。（区应急局负责）']);
    expect(first).toContain('任务不少于40个');
  });

  it('reads a line of two long phrases past 40 characters as a sentence cut at its comma', () => {
    const [first] = titles(['实施方案', '一、工作任务', '（一）全面排查整治液化石油气钢瓶制造充装检验单位安全风险和重大隐患问题，切实加强燃气器具等产品质量安全监管工作', '各单位要开展专项检查。（市局计量处负责）', '（二）加强宣传', '各单位要加强宣传。（市局计量处负责）']);
    expect(first).toBe('全面排查整治液化石油气钢瓶制造充装检验单位安全风险和重大隐患问题');
  });
});
