import { describe, expect, it } from 'vitest';
import { extractPolicy } from './policy';

// content-section, where it must not fire: a section whose title only holds 内容 among other words (主要内容及要求 is
// no bare content title), and a content section that numbers its items, whose items are the measures.
describe('content-section: negative cases', () => {
  const read = (lines: string[]) => extractPolicy({ paragraphs: lines.map((text, index) => ({ index, text })) }).measures.map((m) => `${m.label} ${m.title}`);

  it('leaves a title that is not only the content alone', () => {
    expect(read(['实施方案', '一、重点任务', '(一)加装喷淋。区应急局负责。', '(二)加装探测器。区应急局负责。', '二、宣传内容和形式', '通过报刊、网络等方式宣传。'])).not.toContain('二、 宣传内容和形式');
  });

  it('reads the items of a content section that numbers them', () => {
    expect(read(['实施方案', '一、工作内容', '(一)加装喷淋。区应急局负责。', '(二)加装探测器。区消防救援局负责。'])).toEqual(['(一) 加装喷淋', '(二) 加装探测器']);
  });
});
