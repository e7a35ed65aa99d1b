import { describe, expect, it } from 'vitest';
import { repairParagraphs, type LayoutBlock } from './repair';

function texts(lines: string[]): string[] {
  let offset = 0;
  const blocks: LayoutBlock[] = lines.map((text) => {
    const block = { text, start: offset, end: offset + text.length };
    offset += text.length + 1;
    return block;
  });
  return repairParagraphs(blocks).map((p) => p.text);
}

// A PDF's text pasted with half-width commas (「机制,优」): a short numbered line holding one is half a sentence, as
// one holding a full-width comma is.
describe('repairParagraphs: a half-width comma between Chinese is sentence punctuation', () => {
  it.each([
    [['1.完善街道党工委对地区治理重大工作的领导体制机制,优', '化决策程序,涉及基层治理的重大事项。'], ['1.完善街道党工委对地区治理重大工作的领导体制机制,优化决策程序,涉及基层治理的重大事项。']],
    [['一、提高城市基层党建工作水平,加强党对基层治理的全面', '领导'], ['一、提高城市基层党建工作水平,加强党对基层治理的全面领导']],
  ])('%j', (lines, expected) => expect(texts(lines)).toEqual(expected));
});

describe('repairParagraphs: a half-width comma elsewhere changes nothing', () => {
  it.each([
    // a short numbered heading stays a line of its own
    [['一、优化就业创业环境', '为进一步优化就业创业环境，现提出如下措施。'], 2],
    // a comma inside a figure is no sentence punctuation
    [['1.新增投资1,000万元', '（区发改局负责）'], 2],
    [['2.安排资金2,500万元', '支持企业技术改造'], 2],
  ])('%j', (lines, count) => expect(texts(lines as string[])).toHaveLength(count));
});
