import { describe, expect, it } from 'vitest';
import { textBlocks } from '../../electron/import/text';
import { repairParagraphs } from './repair';
import { isSalutationLine } from './speech-lines';

// salutation-line, negative cases: a policy's 主送 line, a field label and the end of a wrapped sentence closing on a
// colon are no speech's salutation; a printed line cut before such an end still joins.

describe('salutation-line: colon lines that address no audience', () => {
  it.each([
    '各区人民政府，市政府各委、办、局：',
    '机构：',
    '现将有关情况报告如下：',
    '报送单位：',
    '主任委员会议纪要：',
  ])('%s', (line) => expect(isSalutationLine(line)).toBe(false));

  it('joins a printed line cut before the colon line that closes a sentence', () => {
    const text = ['市审计局高度重视审议意见的落实，逐条研究整改措施，', '现将有关情况报告如下：', '一、整改工作的总体情况'].join('\n');
    expect(repairParagraphs(textBlocks(text)).map((p) => p.text)).toEqual(['市审计局高度重视审议意见的落实，逐条研究整改措施，现将有关情况报告如下：', '一、整改工作的总体情况']);
  });
});
