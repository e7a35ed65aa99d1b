import { describe, expect, it } from 'vitest';
import { extractPolicy } from './policy';

// several-requirements, where it must not fire: a section whose title only holds 要求 among other words of work to do
// (二、落实整治要求) keeps its items as measures.
const labels = (...texts: string[]) => extractPolicy({ paragraphs: texts.map((text, index) => ({ index, text })) }).measures.map((m) => m.label);

describe('several-requirements: negative cases', () => {
  it('keeps the items of a section of work titled with 要求', () => {
    expect(
      labels(
        '关于开展环境卫生整治的通知',
        '一、整治任务',
        '1.清理村内垃圾。(责任单位:城市管理执法大队)',
        '2.整治乱堆乱放。(责任单位:住建局)',
        '二、落实整治要求',
        '1.规范垃圾清运。(责任单位:环卫所)',
        '2.完善保洁制度。(责任单位:城市管理执法大队)',
      ),
    ).toEqual(['一、1.', '一、2.', '二、1.', '二、2.']);
  });
});
