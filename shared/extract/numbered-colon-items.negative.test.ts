import { describe, expect, it } from 'vitest';
import { divisionParagraphs } from './division-paragraphs';

// numbered-colon-items, negative: paragraphs with no number, each opening on a body and a colon, still divide the work.
describe('numbered-colon-items: negative cases', () => {
  it('still reads unnumbered paragraphs opening on a body and a colon', () => {
    const read = divisionParagraphs('市房产局：负责牵头组织实施。\n市财政局：负责资金保障。');
    expect(read.map((p) => p.bodies)).toEqual([['市房产局'], ['市财政局']]);
  });

  it('reads a body whose name holds a figure as a body, not as a number', () => {
    const read = divisionParagraphs('市房产局：负责牵头组织实施。\n市12345热线管理中心：负责受理投诉。');
    expect(read.length).toBe(2);
  });
});
