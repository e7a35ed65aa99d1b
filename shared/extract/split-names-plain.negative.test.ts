import { describe, expect, it } from 'vitest';
import { extractPolicy } from './policy';

// split-names-plain, negative: an item headed by every office of a kind still gives its work to the offices named after.
describe('split-names-plain: negative cases', () => {
  it('keeps the named offices of a generic item', () => {
    const ex = extractPolicy({
      paragraphs: ['某区实施意见', '一、职能分工', '（一）区房管局。负责统筹协调。', '（二）各街道办事处。具体分工为：提篮桥街道办事处负责北外滩风貌区的排查工作。'].map((text, index) => ({ index, text })),
    });
    expect(ex.measures[1].lead).toEqual(['提篮桥街道办事处']);
  });
});
