import { describe, expect, it } from 'vitest';
import { textBlocks } from '../../electron/import/text';
import { repairParagraphs } from '../text/repair';

// comma-heading-line, negative: a line a PDF wrapped mid-sentence, or a long first clause, still joins its next line.
describe('comma-heading-line: negative cases', () => {
  it.each([
    [['一、提高城市基层党建工作水平，加强党对基层治理的全面', '领导'], '一、提高城市基层党建工作水平，加强党对基层治理的全面领导'],
    [['1.完善领导体制，优化决策', '程序'], '1.完善领导体制，优化决策程序'],
  ])('%j', (lines, joined) => {
    expect(repairParagraphs(textBlocks(lines.join('\n'))).map((p) => p.text)).toEqual([joined]);
  });
});
